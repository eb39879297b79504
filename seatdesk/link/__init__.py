"""The seat's side of the hall (DESIGN §8): the TLS client, enrolment, and sending what is
queued. Used by services (which hold the vault), never by ui directly."""

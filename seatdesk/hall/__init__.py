"""The hall service (DESIGN §8): what the whole hall shares, over PostgreSQL.

Server side only: it imports core, policy and the pure rules of audit; never vault, services
or ui. The seat's side of the conversation is `seatdesk.link`.
"""

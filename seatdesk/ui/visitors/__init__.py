"""The visitor register (外来人员) for supervisors and security officers, and the visitor-present
indicator that every desk shows: `hall_link` (what the desk shows), `window` (the register's
window), its tabs (`board`, `watch`, `reports`), the register `form` with its `door` section,
and the small `dialogs`."""

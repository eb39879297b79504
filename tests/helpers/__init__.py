"""What several test modules share. Test modules import helpers from here (and fixtures come
from conftest.py), never from one another: a test module imported by another runs its module
code twice under two names, and its tests can no longer be read on their own."""

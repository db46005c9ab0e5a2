"""Dialogs: player, fixture, model settings, suggested rotation."""

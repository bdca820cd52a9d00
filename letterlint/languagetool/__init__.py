"""The one adapter to a LanguageTool server: ``client`` talks to it, ``server`` runs a
local one (found, started once, reused and stopped)."""

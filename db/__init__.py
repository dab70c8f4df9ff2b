"""The Confdesk store: models, engine, migrations, search. Imports nothing from `desktop`."""

"""The dashboard's pages, one module each; dashboard/app.py puts them in the navigation."""

"""claimboard's Streamlit dashboard: a thin app (app.py) over pure transforms (transforms.py)."""

"""The performance archive (业绩档案): published results of closed periods, versioned and tamper-evident.

- `periods`: what a closed month, quarter or year is, and its Dagster partition key.
- `store`: the archive's own DuckDB file — DDL, versions, the hash chain, verify, export and import.
- `lineage`: the records (cases, petitions, …) behind each archived number, as SQL from the compiled catalog.
- `close`: read a period's results from the warehouse (read-only), compare, and write a new version.
- `report`: the difference between versions, a person's record over the years, the cases behind a number.
- `assets`: the partitioned Dagster assets, jobs and schedules that close periods.
"""

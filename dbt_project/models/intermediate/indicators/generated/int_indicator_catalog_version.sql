-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The content hash of the indicator catalog and workload configuration (catalog.py load_catalog)
select '869b81e8ae67d0d4' as catalog_version

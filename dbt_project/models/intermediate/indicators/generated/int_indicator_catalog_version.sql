-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The content hash of the indicator catalog and workload configuration (catalog.py load_catalog)
select 'a1071a205e9d3f3d' as catalog_version

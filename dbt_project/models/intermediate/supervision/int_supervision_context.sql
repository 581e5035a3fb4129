{#-
    What every supervision rule measures against, in one row: the night's as-of date (int_supervision_as_of) and
    the thresholds of config/supervision (cfg_supervision_settings).
-#}
select
    as_of.as_of_date,
    thresholds.*
from {{ ref('int_supervision_as_of') }} as as_of
cross join {{ ref('cfg_supervision_settings') }} as thresholds

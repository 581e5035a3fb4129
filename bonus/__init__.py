"""奖金分配: divide the 政治部's bonus pools of a closed period among its people by the court's bonus rules.

rules.py     config/bonus/bonus.yaml: role and grade coefficients, score factor, floors, caps
pools.py     the pools file (CSV or XLSX), checked line by line
allocate.py  the division itself, in exact arithmetic, to the yuan, with each person's explanation
record.py    reads the period's archived grades and writes the allocation into the archive
"""

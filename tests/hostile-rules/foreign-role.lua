-- attack: publish a new version of another framework's role from this folder, one that every
-- profile attains
-- expect: refused
-- message: rules/attack/foreign-role.lua:5: role `rehousing/rehousing-officer` belongs in folder `rehousing`, not in folder `attack`
role { id = 'rehousing/rehousing-officer', title = 'Rehousing Officer', effective_from = '2026-01-01',
  level { id = 'A' }, level { id = 'B' }, level { id = 'C' } }

-- attack: write the internal fields after construction, to turn a competency into another
-- script's custom check and blame another file; the compiler keeps its own record of what each
-- constructor made, and refuses the fields as unknown
-- expect: refused
-- message: rules/attack/forge-after.lua:6: unknown field `__type` in `competency`
local c = competency { id = 'forged-after', text = 'Forged after construction' }
c.__type = 'custom'
c.__custom = 1
c.__where = 'rules/rehousing/rehousing-officer.lua:1'
role { id = 'attack/forge-after', title = 'Forge', level { id = 'A', skills = { c } } }

-- attack: set an internal field in a constructor's table, to run another script's check
-- expect: refused
-- message: rules/attack/forge-internal.lua:4: `__custom` is internal to eligo; a script cannot set it
local c = competency { id = 'forged', text = 'Forged', __custom = 1 }

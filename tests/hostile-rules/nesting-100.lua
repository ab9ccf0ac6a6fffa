-- attack: criteria nested 100 deep (a heap corruption in the compiler once)
-- expect: refused
-- message: criteria nested more than 32 levels deep
local c = competency { id = 'leaf', text = 'Leaf' }
for i = 1, 100 do c = any_of { c } end
role { id = 'attack/nesting-100', title = 'Nested', level { id = 'A', skills = { c } } }

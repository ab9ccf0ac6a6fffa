-- attack: criteria nested 5,000 deep (a stack overflow in the compiler once)
-- expect: refused
-- message: criteria nested more than 32 levels deep
local c = competency { id = 'leaf', text = 'Leaf' }
for i = 1, 5000 do c = any_of { c } end
role { id = 'attack/nesting-5000', title = 'Nested', level { id = 'A', skills = { c } } }

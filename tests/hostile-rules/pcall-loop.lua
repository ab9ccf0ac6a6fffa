-- attack: an endless loop that catches the instruction limit with pcall and starts again
-- expect: refused
-- message: rules/attack/pcall-loop.lua:4: instruction limit exceeded
while true do pcall(function() while true do end end) end

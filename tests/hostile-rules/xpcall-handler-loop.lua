-- attack: xpcall whose message handler loops: Lua runs a handler inside the raising call,
-- where the count hook is off
-- expect: refused
-- message: rules/attack/xpcall-handler-loop.lua:5: instruction limit exceeded
while true do xpcall(function() while true do end end, function() while true do end end) end

-- attack: the same with goto: jump back after pcall has caught the limit
-- expect: refused
-- message: rules/attack/goto-pcall.lua:4: instruction limit exceeded
::again:: pcall(function() while true do end end) goto again

-- wrk script: POST an article to goalline's checker. The article is read at start-up from the
-- file named by the ARTICLE environment variable (never copied into the repository).
local path = os.getenv("ARTICLE")
assert(path, "set ARTICLE to the article's path")
local f = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"

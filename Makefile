# The two commands of the README. Everything else lives in scripts/.
.PHONY: demo test build bench clean

demo:  ## install, build, load demo data, serve on http://127.0.0.1:8080
	scripts/demo.sh

test:  ## install, build, run every test (C++ on SQLite and PostgreSQL, web, browser)
	scripts/test.sh

build:
	scripts/install-deps.sh && scripts/build.sh

bench: ## figures for docs/benchmarks.md
	bench/run.sh

clean:
	rm -rf build web/dist

# The two commands of the README. Each installs what is missing first.
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
SCENARIO ?= fixtures/pekalongan-2023

.PHONY: deps plan test

# GLPK's headers and library, and glpsol (the tests solve exported models with it); skipped when installed.
deps:
	@{ test -f /usr/include/glpk.h && command -v glpsol >/dev/null; } || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libglpk-dev glpk-utils; }

# Solve the Pekalongan fixture and print the plan (the plan file goes to pekalongan-plan.json).
plan: deps
	swift build -c release --product trainplan
	.build/release/trainplan solve $(SCENARIO) -o pekalongan-plan.json

# Build everything (the command-line tests run the built binary) and run the whole test suite.
test: deps
	swift build --build-tests
	swift test --skip-build

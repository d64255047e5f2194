#!/bin/sh
# Runs a command in a new network namespace with no interface but a down loopback, so any attempt to
# reach the internet (CDN, registry, fonts, extensions) fails the command. Needs root or user namespaces;
# where neither is available it says so and runs the command normally.
if unshare --net true 2>/dev/null; then
  exec unshare --net "$@"
elif unshare --user --map-root-user --net true 2>/dev/null; then
  exec unshare --user --map-root-user --net "$@"
else
  echo "without-network: cannot create a network namespace here; running with the network" >&2
  exec "$@"
fi

// Province boundaries if configured (OSH_BOUNDARIES_PRE2025, OSH_BOUNDARIES_2025), else nulls.
import {configuredBoundaries} from "../../loaders/geo/boundaries.js";

process.stdout.write(JSON.stringify(configuredBoundaries()));

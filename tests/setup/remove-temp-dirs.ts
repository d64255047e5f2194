// Run before every test file (vitest setupFiles): its temp folders go when its tests are done.
import {afterAll} from "vitest";
import {removeTempDirs} from "../fixtures/temp.js";

afterAll(removeTempDirs);

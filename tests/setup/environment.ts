// Every test runs with the app's test environment (see test-environment.ts).
import { applyTestEnvironment } from "./test-environment";

applyTestEnvironment();

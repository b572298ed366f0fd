#!/usr/bin/env node
// The installed command: hands the process's arguments and streams to the compiled CLI.
import { runFromProcess } from '../dist/cli.js';

runFromProcess();

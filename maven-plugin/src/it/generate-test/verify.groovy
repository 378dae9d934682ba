// Generated into the test sources, compiled with the tests, not into the main sources.
assert new File(basedir, 'target/generated-test-sources/eligo/org/example/NCT00000050Evaluator.java').isFile()
assert new File(basedir, 'target/test-classes/org/example/NCT00000050Evaluator.class').isFile()
assert !new File(basedir, 'target/generated-sources/eligo').exists()
assert !new File(basedir, 'target/classes/org/example/NCT00000050Evaluator.class').exists()
assert new File(basedir, 'target/maven-status/eligo/generate-test/default/build-state.txt').isFile()
assert new File(basedir, 'build.log').getText('UTF-8').contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
return true

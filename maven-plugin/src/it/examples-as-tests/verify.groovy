// The examples file is not compiled as criteria; its test class is generated, compiled and run.
assert new File(basedir, 'target/generated-sources/eligo/org/example/NCT00000070Evaluator.java').isFile()
assert !new File(basedir, 'target/generated-sources/eligo/org/example/NCT00000070ExamplesEvaluator.java').exists()
def test = new File(basedir, 'target/generated-test-sources/eligo/org/example/NCT00000070ExamplesTest.java')
assert test.isFile()
assert test.getText('UTF-8').contains('ExampleTests.of(new NCT00000070Evaluator(), "src/main/eligo/org/example/NCT00000070.eligo")')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
return true

// The deleted file's evaluator and its emptied package directory are gone; the other stays.
def generated = new File(basedir, 'target/generated-sources/eligo/org/example')
assert !new File(basedir, 'src/main/eligo/org/example/gone/NCT00000031.eligo').exists()
assert !new File(generated, 'gone').exists() : 'the deleted criteria file left generated sources'
assert new File(generated, 'kept/NCT00000030Evaluator.java').isFile()

def state = new File(basedir, 'target/maven-status/eligo/generate/default/build-state.txt').getText('UTF-8')
assert !state.contains('NCT00000031')
assert new File(basedir, 'build.log').getText('UTF-8').contains('Eligo: compiled 0 of 1 criteria files to ')
return true

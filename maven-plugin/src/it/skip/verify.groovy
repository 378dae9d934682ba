// Nothing generated, no state kept, and the help goal knows both goals.
assert !new File(basedir, 'target/generated-sources/eligo').exists()
assert !new File(basedir, 'target/maven-status/eligo').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Skipping Eligo generation')
assert log.contains('eligo:generate')
assert log.contains('eligo:generate-test')
return true

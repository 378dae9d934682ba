// The fixed package wins over the directory (some-site is no Java name), the output goes where
// configured and is compiled from there; the excluded draft is not read.
def generated = new File(basedir, 'target/eligo-java/com/acme/screening/NCT00000060Evaluator.java')
assert generated.isFile()
assert generated.getText('UTF-8').contains('package com.acme.screening;')
assert new File(basedir, 'target/classes/com/acme/screening/NCT00000060Evaluator.class').isFile()
assert !new File(basedir, 'target/generated-sources/eligo').exists()
assert new File(basedir, 'build.log').getText('UTF-8').contains('Eligo: compiled 1 of 1 criteria files to ')
return true

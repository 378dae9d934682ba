// The second build compiled and wrote nothing: the back-dated file kept its date, and only the
// debug log says why.
def generated = new File(basedir, 'target/generated-sources/eligo/org/example/NCT00000020Evaluator.java')
assert generated.isFile()
assert generated.lastModified() == 946684800000L : "the generated file was rewritten (${new Date(generated.lastModified())})"

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('Eligo: compiled 1 of 1 criteria files') == 1 : 'the second build compiled again'
assert log.contains('[DEBUG] Eligo: org/example/NCT00000020.eligo is up to date')
assert log.contains('[DEBUG] Eligo: all 1 criteria files are up to date; nothing to generate')
assert log.contains('Nothing to compile - all classes are up to date')
return true

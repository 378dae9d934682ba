// Each error is one line in the shape IDEs and CI parse, then the build fails once with the count.
def file = new File(basedir, 'src/main/eligo/org/example/NCT00000010.eligo').absolutePath
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()

assert lines.contains("[ERROR] ${file}:[11,32] ELG0212 'mail' cannot be tested: write 'sex is male' or 'sex is female' (a record saying other or unknown leaves both unknown)".toString())
assert lines.contains("[ERROR] ${file}:[14,12] ELG0201 unknown name 'psaa'; did you mean 'psa'?".toString())
assert lines.contains('[ERROR]     |            ^^^^')
def sources = new File(basedir, 'src/main/eligo').absolutePath
assert lines.contains("[ERROR] Failed to execute goal dev.eligo:eligo-maven-plugin:${mavenVersionOfPlugin(log)}:generate (default) on project broken-criteria: 2 errors in criteria files under ${sources}; see the [ERROR] lines above -> [Help 1]".toString())
// The ITs run with -e: the failure is a MojoFailureException of its own, caused by nothing, so a
// build without -e shows the lines above and no stack trace.
def failure = lines.findIndexOf { it.startsWith('Caused by: org.apache.maven.plugin.MojoFailureException: 2 errors') }
assert failure >= 0
assert !lines.drop(failure + 1).any { it.startsWith('Caused by:') } : 'the failure wraps an exception'
assert !new File(basedir, 'target/generated-sources/eligo/org/example/NCT00000010Evaluator.java').exists()
assert !new File(basedir, 'target/maven-status/eligo/generate/default/build-state.txt').exists()
return true

static String mavenVersionOfPlugin(String log) {
  (log =~ /eligo-maven-plugin:([^:]+):generate/)[0][1]
}

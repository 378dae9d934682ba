/*
 * Lexer of the Eligo criteria language.
 *
 * Codes inside braces ({2986-8, C77-C79, N39.0}) are lexed in their own mode, because a code may
 * contain characters that are operators elsewhere. UCUM units are written in single quotes
 * ('ng/dL', '10*9/L'), as CQL does, so that '/' and '*' inside a unit never read as arithmetic.
 */
lexer grammar EligoLexer;

// ---- keywords -------------------------------------------------------------------------------

PROTOCOL      : 'protocol';
TITLE         : 'title';
VERSION       : 'version';
CODESYSTEM    : 'codesystem';
MATCHING      : 'matching';
EXACT         : 'exact';
PREFIX        : 'prefix';
IGNORING      : 'ignoring';
DOTS          : 'dots';
VALUESET      : 'valueset';
EXCEPT        : 'except';
OBSERVATION   : 'observation';
CONDITION     : 'condition';
MEDICATION    : 'medication';
PROCEDURE     : 'procedure';
ALLERGY       : 'allergy';
PARTICIPATION : 'participation';
ATTESTATION   : 'attestation';
SPECIMEN      : 'specimen';
ENCOUNTER     : 'encounter';
REPORT        : 'report';
IMAGING       : 'imaging';
IMMUNIZATION  : 'immunization';
QUANTITY      : 'quantity';
INTEGER       : 'integer';
CODED         : 'coded';
BOOLEAN       : 'boolean';
TEXT          : 'text';
MOLAR         : 'molar';
MASS          : 'mass';
FACTOR        : 'factor';
ALIAS         : 'alias';
PLAUSIBLE     : 'plausible';
CLASSIFIED    : 'classified';
BY            : 'by';
DEFINE        : 'define';
LET           : 'let';
INPUT         : 'input';
INCLUSION     : 'inclusion';
EXCLUSION     : 'exclusion';
PART          : 'part';
IF            : 'if';
THEN          : 'then';
ELSE          : 'else';
AND           : 'and';
OR            : 'or';
NOT           : 'not';
TRUE          : 'true';
FALSE         : 'false';
UNKNOWN       : 'unknown';
FOR           : 'for';
EXISTS        : 'exists';
COUNT         : 'count';
SUM           : 'sum';
LATEST        : 'latest';
EARLIEST      : 'earliest';
ANY           : 'any';
ALL           : 'all';
SATISFIES     : 'satisfies';
IN            : 'in';
IS            : 'is';
WHERE         : 'where';
WITHIN        : 'within';
BEFORE        : 'before';
AFTER         : 'after';
OF            : 'of';
ON            : 'on';
FROM          : 'from';
TO            : 'to';
DURING        : 'during';
AT            : 'at';
SCREENING     : 'screening';

// Calendar durations: '7 days', '3 months'.
DAYS          : 'day' 's'?;
WEEKS         : 'week' 's'?;
MONTHS        : 'month' 's'?;
YEARS         : 'year' 's'?;

// A multiple of the upper limit of normal: '2.5 x ULN' or '2.5 × ULN'. One token, so that 'x'
// stays an ordinary name everywhere else.
X_ULN         : ('x' [ \t]+ | '\u00D7' [ \t]*) 'ULN';
// The same for the lower limit of normal: '0.5 x LLN'.
X_LLN         : ('x' [ \t]+ | '\u00D7' [ \t]*) 'LLN';

// ---- literals -------------------------------------------------------------------------------

NUMBER        : DIGIT+ ('.' DIGIT+)?;
DATE          : '@' DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
STRING        : '"' (ESCAPE | ~["\\\r\n])* '"';
UNIT          : '\'' ~['\r\n]* '\'';
IDENTIFIER    : LETTER (LETTER | DIGIT)*;

// ---- punctuation and operators ----------------------------------------------------------------

LBRACE        : '{' -> pushMode(CODES);
LPAREN        : '(';
RPAREN        : ')';
COMMA         : ',';
COLON         : ':';
DOT           : '.';
LE            : '<=';
GE            : '>=';
NE            : '!=';
LT            : '<';
GT            : '>';
EQ            : '=';
PLUS          : '+';
MINUS         : '-';
STAR          : '*';
SLASH         : '/';

// ---- ignored --------------------------------------------------------------------------------

WS            : [ \t\r\n\u000C]+ -> channel(HIDDEN);
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);

// Anything else is one bad character; the parser reports it where it stands.
BAD_CHARACTER : .;

fragment DIGIT  : [0-9];
fragment LETTER : [A-Za-z_];
fragment HEX    : [0-9A-Fa-f];
fragment ESCAPE : '\\' ~[\r\n];   // checked by the compiler, which names a bad escape

// ---- inside { ... }: codes ------------------------------------------------------------------

mode CODES;

RBRACE        : '}' -> popMode;
CODE_COMMA    : ',';
// ICD-10 C77-C79 and LOINC 2986-8 both lex as one code; the compiler reads a hyphen as a
// range only in code systems that match by prefix, where codes never contain one.
CODE          : [A-Za-z0-9] [A-Za-z0-9._\-]*;
CODE_STRING   : '"' (ESCAPE | ~["\\\r\n])* '"';
CODE_WS       : [ \t\r\n\u000C]+ -> channel(HIDDEN);
CODE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
CODE_BAD      : .;

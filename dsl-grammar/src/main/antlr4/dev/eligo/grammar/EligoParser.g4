/*
 * Parser of the Eligo criteria language. No actions: the compiler's AST builder visits the
 * parse tree. Expression levels are separate rules, loosest first, so that each operator's
 * operands are stated where the operator is.
 */
parser grammar EligoParser;

options { tokenVocab = EligoLexer; }

criteriaFile
    : header declaration* EOF
    ;

header
    : PROTOCOL protocolId (TITLE title=STRING)? (VERSION version=STRING)?
    ;

protocolId
    : IDENTIFIER
    | STRING
    ;

declaration
    : codeSystemDeclaration
    | valueSetDeclaration
    | dataDeclaration
    | definition
    | criterion
    ;

// ---- data dictionary ------------------------------------------------------------------------

codeSystemDeclaration
    : CODESYSTEM name=IDENTIFIER EQ STRING (COMMA STRING)* codeMatching?
    ;

codeMatching
    : MATCHING EXACT                    # exactMatching
    | MATCHING PREFIX (IGNORING DOTS)?  # prefixMatching
    ;

valueSetDeclaration
    : VALUESET name=IDENTIFIER label=STRING? EQ codeSet
    ;

codeSet
    : included+=codeSetTerm (COMMA included+=codeSetTerm)*
      (EXCEPT excluded+=codeSetTerm (COMMA excluded+=codeSetTerm)*)?
    ;

codeSetTerm
    : system=IDENTIFIER LBRACE code (CODE_COMMA code)* RBRACE   # inlineCodes
    | valueSet=IDENTIFIER                                       # valueSetReference
    ;

code
    : CODE
    | CODE_STRING
    ;

dataDeclaration
    : OBSERVATION name=IDENTIFIER label=STRING? COLON codeSet observationValue analyteOption*  # observationDeclaration
    | kind=recordKind name=IDENTIFIER label=STRING? COLON codeSet classification?             # recordDeclaration
    | ATTESTATION name=IDENTIFIER label=STRING? COLON linkId=STRING                            # attestationDeclaration
    | PARTICIPATION name=IDENTIFIER label=STRING?                                              # participationDeclaration
    | INPUT name=IDENTIFIER label=STRING? COLON inputType                                      # inputDeclaration
    ;

// A screening input: 'date', 'number', 'truth', "quantity 'mg'" or 'code in LOCAL'.
inputType
    : QUANTITY UNIT                                 # quantityInput
    | kind=IDENTIFIER (IN system=IDENTIFIER)?       # namedInput
    ;

recordKind
    : CONDITION
    | MEDICATION
    | PROCEDURE
    | ALLERGY
    | SPECIMEN
    | ENCOUNTER
    | REPORT
    | IMAGING
    | IMMUNIZATION
    ;

// A record coded only outside these systems is unclassified for the concept (by default: outside
// every system the protocol declares).
classification
    : CLASSIFIED BY systems+=IDENTIFIER (COMMA systems+=IDENTIFIER)*
    ;

observationValue
    : QUANTITY UNIT   # quantityValue
    | INTEGER         # integerValue
    | CODED           # codedValue
    | BOOLEAN         # booleanValue
    | TEXT            # textValue
    ;

analyteOption
    : MOLAR MASS NUMBER UNIT                       # molarMassOption
    | FACTOR NUMBER UNIT EQ NUMBER UNIT            # unitFactorOption
    | ALIAS UNIT EQ UNIT                           # unitAliasOption
    | PLAUSIBLE FROM lowMinus=MINUS? low=NUMBER TO highMinus=MINUS? high=NUMBER UNIT  # plausibleOption
    ;

// ---- definitions and criteria ---------------------------------------------------------------

definition
    : DEFINE name=IDENTIFIER (LPAREN parameters+=IDENTIFIER (COMMA parameters+=IDENTIFIER)* RPAREN)?
      label=STRING? EQ expression
    ;

criterion
    : kind=(INCLUSION | EXCLUSION) id=IDENTIFIER text=STRING? EQ expression part*
    ;

part
    : PART id=IDENTIFIER text=STRING? EQ expression
    ;

// ---- expressions, loosest first -------------------------------------------------------------

expression
    : IF condition=expression THEN thenBranch=expression ELSE elseBranch=expression  # conditional
    | orExpression                                                                    # plain
    ;

orExpression
    : andExpression (OR andExpression)*
    ;

andExpression
    : notExpression (AND notExpression)*
    ;

notExpression
    : NOT notExpression   # negation
    | comparison          # notNegated
    ;

// Comparisons do not chain: 'a < b < c' is an error.
comparison
    : left=additive (op=(LT | LE | GT | GE | EQ | NE) right=additive)?  # relational
    | left=additive IN codeSetTerm                                      # membership
    | left=additive IS NOT? UNKNOWN                                     # unknownTest
    | left=additive IS word=(IDENTIFIER | ALLERGY | MEDICATION | SCREENING)  # sexTest
    ;

additive
    : multiplicative (ops+=(PLUS | MINUS) multiplicative)*
    ;

multiplicative
    : prefixed (ops+=(STAR | SLASH) prefixed)*
    ;

prefixed
    : op=(EXISTS | COUNT | LATEST | EARLIEST) prefixed   # listOperator
    | MINUS prefixed                                     # negative
    | postfixed                                          # notPrefixed
    ;

postfixed
    : primary postfix*
    ;

// A 'where' condition is one comparison or negation: combine several in parentheses, so that
// 'exists a where b and c' never silently means 'exists a where (b and c)'.
postfix
    : DOT field=IDENTIFIER                                   # fieldAccess
    | WITHIN windowLength side=(BEFORE | AFTER | OF) anchor  # withinWindow
    | bound=(BEFORE | AFTER) anchor                          # openWindow
    | ON OR bound=(BEFORE | AFTER) anchor                    # openWindowIncluding
    | FROM first=anchor TO last=anchor                       # betweenWindow
    | AT anchor                                              # atDate
    | DURING anchor                                          # duringPeriod
    | IN unit=(DAYS | WEEKS | MONTHS | YEARS)                # inTimeUnit
    | IN UNIT                                                # inQuantityUnit
    | WHERE notExpression                                    # filter
    ;

// The length of a window: a duration written in the file, or the name of one. Narrower than an
// expression, so that 'within 6 months before x before y' has one reading.
windowLength
    : NUMBER unit=(DAYS | WEEKS | MONTHS | YEARS)   # writtenLength
    | IDENTIFIER                                    # namedLength
    | LPAREN expression RPAREN                      # parenthesizedLength
    ;

// A date a window or an age is taken at: screening, a date literal, a name, a parenthesised
// expression, each perhaps followed by fields: (earliest adt).start.
anchor
    : primary (DOT fields+=IDENTIFIER)*
    ;

primary
    : NUMBER UNIT                                               # quantityLiteral
    | NUMBER unit=(DAYS | WEEKS | MONTHS | YEARS)               # durationLiteral
    | NUMBER X_ULN                                              # ulnMultiple
    | NUMBER X_LLN                                              # llnMultiple
    | NUMBER                                                    # numberLiteral
    | DATE                                                      # dateLiteral
    | (TRUE | FALSE)                                            # booleanLiteral
    | UNKNOWN reason=STRING? (FOR lookedFor+=postfixed (COMMA lookedFor+=postfixed)*)?  # unknownLiteral
    | STRING                                                    # textLiteral
    | SCREENING                                                 # screeningDate
    | quantifier=(ANY | ALL) IDENTIFIER IN postfixed SATISFIES notExpression  # quantified
    | COUNT IDENTIFIER IN postfixed WHERE notExpression         # countWhere
    | SUM IDENTIFIER IN postfixed OF amount=additive            # sumOf
    | LET name=IDENTIFIER EQ bound=additive IN body=expression    # letBinding
    | function=(IDENTIFIER | AFTER) LPAREN (expression (COMMA expression)*)? RPAREN  # call
    | IDENTIFIER                                                # name
    | LPAREN expression RPAREN                                  # parenthesized
    ;

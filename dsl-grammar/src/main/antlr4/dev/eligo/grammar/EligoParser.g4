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
    | kind=recordKind name=IDENTIFIER label=STRING? COLON codeSet                              # recordDeclaration
    | ATTESTATION name=IDENTIFIER label=STRING? COLON linkId=STRING                            # attestationDeclaration
    | PARTICIPATION name=IDENTIFIER label=STRING?                                              # participationDeclaration
    ;

recordKind
    : CONDITION
    | MEDICATION
    | PROCEDURE
    | ALLERGY
    ;

observationValue
    : QUANTITY UNIT   # quantityValue
    | INTEGER         # integerValue
    | CODED           # codedValue
    ;

analyteOption
    : MOLAR MASS NUMBER UNIT                       # molarMassOption
    | FACTOR NUMBER UNIT EQ NUMBER UNIT            # unitFactorOption
    | ALIAS UNIT EQ UNIT                           # unitAliasOption
    ;

// ---- definitions and criteria ---------------------------------------------------------------

definition
    : DEFINE name=IDENTIFIER label=STRING? EQ expression
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
    | left=additive IS IDENTIFIER                                       # sexTest
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
    : DOT field=IDENTIFIER                        # fieldAccess
    | WITHIN additive BEFORE SCREENING            # withinWindow
    | AT SCREENING                                # atScreening
    | WHERE notExpression                         # filter
    ;

primary
    : NUMBER UNIT                                               # quantityLiteral
    | NUMBER unit=(DAYS | WEEKS | MONTHS | YEARS)               # durationLiteral
    | NUMBER X_ULN                                              # ulnMultiple
    | NUMBER                                                    # numberLiteral
    | DATE                                                      # dateLiteral
    | (TRUE | FALSE)                                            # booleanLiteral
    | UNKNOWN reason=STRING? (FOR lookedFor+=postfixed (COMMA lookedFor+=postfixed)*)?  # unknownLiteral
    | SCREENING                                                 # screeningDate
    | quantifier=(ANY | ALL) IDENTIFIER IN postfixed SATISFIES notExpression  # quantified
    | COUNT IDENTIFIER IN postfixed WHERE notExpression         # countWhere
    | IDENTIFIER LPAREN (expression (COMMA expression)*)? RPAREN  # call
    | IDENTIFIER                                                # name
    | LPAREN expression RPAREN                                  # parenthesized
    ;

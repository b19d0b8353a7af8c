"""The rows transcribed from test files we read: each source (repository, path, commit, licence) and its
problems as the test writes them; math.js's `6x/3x` is written `(6x)/(3x)`, as math.js reads it."""
import sympy as sp

MATHJS = {'repo': 'josdejong/mathjs', 'licence': 'Apache-2.0'}
SIMPLIFY = dict(MATHJS, path='test/unit-tests/function/algebra/simplify.test.js',
                commit='02fd9d100e71ad15e6297575801f94c199592fa6', operation='simplify')
RATIONALIZE = dict(MATHJS, path='test/unit-tests/function/algebra/rationalize.test.js',
                   commit='05bce9bf7f36cc51f992d90e51edc6a83e7c6361', operation='rationalize')
DERIVATIVE = dict(MATHJS, path='test/unit-tests/function/algebra/derivative.test.js',
                  commit='0b0c16ce747420413af1ed2bca5832a98e073f81')
STACK = {'repo': 'maths/moodle-qtype_stack', 'path': 'tests/fixtures/answertestfixtures.class.php',
         'commit': '007981b2a7f3a381abe03e6a0a6bab83b55f487a', 'licence': 'GPL-3.0-or-later',
         'operation': "AlgEquiv, score 1 (the student's answer is the input, the teacher's the published answer)"}
MAXIMA_TRIG = {'repo': 'calyau/maxima', 'path': 'tests/rtest_trig.mac', 'commit': '0bf6bb6500854a89b331e7eb5f618564ad5d85d6',
               'licence': 'GPL-2.0-or-later', 'operation': 'evaluation under the test\'s flags (halfangles, %piargs, trigexpand)'}
MAXIMA_DIFF = {'repo': 'calyau/maxima', 'path': 'tests/rtest_diff_invtrig.mac',
               'commit': '2ff15abfc49624b4f0e54142394cd283324ca645', 'licence': 'GPL-2.0-or-later', 'operation': 'diff'}
GINAC = {'repo': 'AlexeiSheplyakov/GiNaC', 'path': 'check/exam_differentiation.cpp',
         'commit': '1602530f716ba1d425a0667b897182b99c374823', 'licence': 'GPL-2.0-or-later'}

SIMPLIFY_ROWS = [
    ('3+2/4+2*8', '39/2'), ('x+1+x', '2x+1'), ('x+1+2x', '3x+1'), ('x^2+x-3+x^2', '2x^2+x-3'),
    ('(x^2)^3', 'x^6'), ('2*(x^2)^3', '2*x^6'), ('x^(2+3)', 'x^5'), ('x^2^3', 'x^8'), ('3*4', '12'),
    ('3+2/4', '7/2'), ('-(x+y+x+y)', '-(2 * (y + x))'), ('0+(x-y)', 'x - y'), ('-(x-y)', 'y - x'),
    ('-1 * (x-y)', 'y - x'), ('x + y + x + 2y', '3 * y + 2 * x'), ('(-1)*4', '-4'), ('(-1)*x', '-x'),
    ('0 - -1', '1'), ('0 - -x', 'x'), ('0----x', 'x'), ('1 - -x', 'x + 1'), ('0 - (-x)', 'x'), ('-(-x)', 'x'),
    ('0 - (x - y)', 'y - x'), ('3+sin(4)', '2.2431975046920716'), ('2 + -3', '-1'), ('2 - 3', '-1'),
    ('2 - -3', '5'), ('x - -x', '2*x'), ('x+x', '2*x'), ('2x+x', '3*x'), ('2(x+1)+(x+1)', '3*(x + 1)'),
    ('2(x+1)+x+1', '3*(x + 1)'), ('y*x^2+2*x^2', 'x^2*(y+2)'), ('x*y + y*x', '2*x*y'), ('x*y - y*x', '0'),
    ('x^2*y^3*z - y*z*y*x^2*y', '0'), ('x^2*y^3*z - y*z*x^2*y', 'x^2*z*(y^3-y^2)'), ('x^2+x+3+x^2', '2*x^2+x+3'),
    ('x-1+x', '2*x-1'), ('2-(x+1)', '1-x'), ('x-1-2x+2', '1-x'), ('10 - (x - 2)', '12 - x'),
    ('x - (y + x)', '-y'), ('x - (y - y + x)', '0'), ('x - (y - (y - x))', '0'),
    ('5 + (5 * x) - (3 * x) + 2', '2*x+7'), ('x^2*y^2 - (x*y)^2', '0'), ('(x*z^2 + y*z)/z^4', '(y + z*x)/z^3'),
    ('(x^2*y + z*y)/y^4', '(x^2 + z)/y^3'), ('6*x/(3*x)', '2'), ('-28*y/(-4*y)', '7'), ('-28*(z/(-4*z))', '7'),
    ('(x^2 + 2x)*x', '2*x^2 + x^3'), ('x*y*-x/(x^2)', '-y'), ('x/2*x', 'x^2/2'), ('x*2*x', '2*x^2'),
    ('(x^y)^z', 'x^(y*z)'), ('8 * x ^ 9 + 2 * (x ^ 3) ^ 3', '10 * x ^ 9'), ('16n / 1', '16*n'),
    ('8/5*n', 'n * 8 / 5'), ('8n - 4n', '4 * n'), ('x/(x/y)', 'y'), ('x/(y/z)', 'x * z/y'),
    ('(x + 1)/((x + 1)/(z + 3))', 'z + 3'), ('(x + 1)/((y + 2)/(z + 3))', '(x + 1) * (z + 3)/(y + 2)'),
    ('x+0', 'x'), ('x-0', 'x'), ('0.1*x', 'x/10'), ('x-(y-y+x)', '0'), ('2x + 3x', '5 * x'), ('log(e)', '1'),
    ('log(e,e)', '1'), ('1/(-y)', '-(1/y)'), ('x/(-y)', '-(x/y)'), ('(-1)/(-y)', '1/y'), ('(-x)/(-y)', 'x/y'),
    ('(1+x)/(-y)', '-((x+1)/y)'), ('(w+x)/(-y)', '-((w+x)/y)'), ('(1-x)/(-y)', '(x-1)/y'), ('(w-x)/(-y)', '(x-w)/y'),
    ('1/(-(y+z))', '-(1/(y+z))'), ('x/(-(y+z))', '-(x/(y+z))'), ('(-1)/(-(y+z))', '1/(y+z)'),
    ('(-x)/(-(y+z))', 'x/(y+z)'), ('1/(-(y-z))', '1/(z-y)'), ('x/(-(y-z))', 'x/(z-y)'),
    ('(-1)/(-(y-z))', '-(1/(z-y))'), ('(-x)/(-(y-z))', '-(x/(z-y))'), ('(1+x)/(-(y+z))', '-((x+1)/(y+z))'),
    ('(w+x)/(-(y+z))', '-((w+x)/(y+z))'), ('(1-x)/(-(y+z))', '(x-1)/(y+z)'), ('(w-x)/(-(y+z))', '(x-w)/(y+z)'),
    ('(1+x)/(-(y-z))', '(x+1)/(z-y)'), ('(w+x)/(-(y-z))', '(w+x)/(z-y)'), ('(1-x)/(-(y-z))', '(1-x)/(z-y)'),
    ('(w-x)/(-(y-z))', '(w-x)/(z-y)'),
]
RATIONALIZE_ROWS = [
    ('-2+3+32-32', '1'), ('1^2 + 20 + 3', '24'), ('x+x+x', '3*x'), ('x-x', '0'), ('5x^2-5x^2', '0'),
    ('2-3x', '-3*x+2'), ('5x^2-3x-5x^2', '-3*x'), ('-5x^2-3x+5x^2', '-3*x'), ('-5 -2x^2 + 4x^4', '4*x^4-2*x^2-5'),
    ('-5 -2x^2 + 4x^4+5+2x^2-2x^4', '2*x^4'), ('-5 -2x^2 + 4x^4+5+2x^2-4x^4', '0'),
    ('-5 -2x^3 + 5*x^2 + 3*x^6 - 17x^4 + 2*x^5', '3*x^6+2*x^5-17*x^4-2*x^3+5*x^2-5'), ('x^2^2', 'x^4'),
    ('x*2*2', '4*x'), ('1/(0.1x+1)+1', '(0.1*x+2)/(0.1*x+1)'), ('1/x^2+1', '(x^2+1)/x^2'),
    ('1/(x/10+1)+1', '(0.1*x+2)/(0.1*x+1)'), ('2x/y - y/(x+1)', '(2*x^2+2*x-y^2)/(x*y+y)'),
    ('(2x+1)^3', '8*x^3+12*x^2+6*x+1'), ('(2x+1)^3/(x-2)^3', '(8*x^3+12*x^2+6*x+1)/(x^3-6*x^2+12*x-8)'),
    ('2x/(x+2) - x/(x+1)', 'x^2/(x^2+3*x+2)'),
    ('2x/( (2x-1) / (3x+2) ) - 5x/ ( (3x+4) / (2x^2-5) ) + 3', '(-20*x^4+28*x^3+104*x^2+6*x-12)/(6*x^2+5*x-4)'),
    ('x/(1-x)/(x-2)/(x-3)/(x-4) + 2x/ ( (1-2x)/(2-3x) )/ ((3-4x)/(4-5x) )',
     '(-30*x^7+344*x^6-1506*x^5+3200*x^4-3472*x^3+1846*x^2-381*x)/(-8*x^6+90*x^5-383*x^4+780*x^3-797*x^2+390*x-72)'),
]
# STACK's AlgEquiv fixtures that must score 1 (equivalent), in Maxima syntax with %pi as pi and %e^ as e^;
# rows where both sides are the same text, or use lists, sets, %i, inf or Maxima-only functions, are left out.
STACK_ROWS = [
    ('4^(-1/2)', '1/2'), ('4^(1/2)', 'sqrt(4)'), ('0.5', '1/2'), ('5.1e-2', '51/1000'), ('(0.5+x)*2', '2*x+1'),
    ('x^(1/2)', 'sqrt(x)'), ('abs(x)', 'sqrt(x^2)'), ('1/abs(x)^(1/3)', '(abs(x)^(1/3)/abs(x))^(1/2)'),
    ('1/sqrt(x)', 'sqrt(1/x)'), ('x-1', '(x^2-1)/(x+1)'), ('a^b*a^c', 'a^(b+c)'), ('6*((x-2)^3)^k', '6*(x-2)^(3*k)'),
    ('2+2*sqrt(3+x)', '2+sqrt(12+4*x)'), ('6*e^(6*(y^2+x^2))+72*x^2*e^(6*(y^2+x^2))', '(72*x^2+6)*e^(6*(y^2+x^2))'),
    ('sqrt(k/m)*sqrt(m/k)', '1'), ('(2*pi)*(m/k)^(1/2)', '(2*pi)/(k/m)^(1/2)'), ('sqrt(2*x/10+1)', 'sqrt((2*x+10)/10)'),
    ('((x+3)^2*(x+3))^(1/3)', '((x+3)*(x^2+6*x+9))^(1/3)'), ('(x-1)^2', 'x^2-2*x+1'), ('(x-1)*(x^2+x+1)', 'x^3-1'),
    ('(x-1)^(-2)', '1/(x^2-2*x+1)'), ('1/n-1/(n+1)', '1/(n*(n+1))'), ('0.5*x^2+3*x-1', 'x^2/2+3*x-1'),
    ('14336000000*x^13+250265600000*x^12+1862860800000*x^11+7623925760000*x^10+18290677760000*x^9'
     '+24744757985280*x^8+14567212351488*x^7-3267871272960*x^6-6408053107200*x^5+670406720000*x^4'
     '+1179708800000*x^3-429244800000*x^2+56696000000*x-2680000000', '512*(2*x+5)^7*(5*x-1)^5*(70*x+67)'),
    ('cos(x)', 'cos(-x)'), ('cos(x)^2+sin(x)^2', '1'), ('cos(x+y)', 'cos(x)*cos(y)-sin(x)*sin(y)'),
    ('2*cos(x)^2-1', 'cos(2*x)'), ('1.0*cos(1200*pi*x)', 'cos(1200*pi*x)'), ('2*cos(2*x)+x+1', '-sin(x)^2+3*cos(x)^2+x'),
    ('(2*sec(2*t)^2-2)/2', '-(sin(4*t)^2-2*sin(4*t)+cos(4*t)^2-1)*(sin(4*t)^2+2*sin(4*t)+cos(4*t)^2-1)'
     '/(sin(4*t)^2+cos(4*t)^2+2*cos(4*t)+1)^2'),
    ('1/(1+exp(-2*x))', 'tanh(x)/2+1/2'),
    ('csc(6*x)^2*(7*sin(6*x)*cos(7*x)-6*cos(6*x)*sin(7*x))', '-(6*cos(6*x)*sin(7*x)-7*sin(6*x)*cos(7*x))/sin(6*x)^2'),
    ('-(7*x^6+4*x^3)/sin(7*y+x^7+x^4+1)^2', '-(7*x^6+4*x^3)*csc(7*y+x^7+x^4+1)^2'),
    ('sin((2*pi*n-pi)/2)', '-cos(n*pi)'), ('sin(x/2)/(1+tan(x)*tan(x/2))', 'sin(x/2)*cos(x)'),
    ('log(a^2*b)', '2*log(a)+log(b)'), ('x^log(y)', 'y^log(x)'), ('e^1-e^(-1)', '2*sinh(1)'),
]
# Maxima's rtest pairs (input; expected), %pi as pi; those needing %i, assumptions on signs or an
# unevaluated atan2 are left out.
MAXIMA_TRIG_ROWS = [
    ('tan(pi*x+pi/2)', '-cot(pi*x)'), ('cos(pi*x + pi)', '-cos(pi*x)'), ('sin(x/2)^2', '(1-cos(x))/2'),
    ('cos(x/2)^2', '(1+cos(x))/2'), ('sinh(x/2)', 'abs(x)/x*sqrt((cosh(x)-1)/2)'), ('sinh(x/2)^2', '(cosh(x)-1)/2'),
    ('cosh(x/2)', 'sqrt((cosh(x)+1)/2)'), ('cosh(x/2)^2', '(cosh(x)+1)/2'), ('atan(-1 + sqrt(2))', 'pi/8'),
    ('atan(1+sqrt(2))', '3*pi/8'), ('atan(tan(2015))', '2015-641*pi'), ('atan(tan(-2014))', '641*pi-2014'),
    ('atan(cot(-2014))', '2014-1283*pi/2'), ('atan(cot(2015))', '1283*pi/2-2015'), ('asin(sqrt(3)/2)', 'pi/3'),
    ('asin(-sqrt(3)/2)', '-pi/3'), ('sin(641*pi-2015)', 'sin(2015)'), ('asin(cos(2015))', '2015-1283*pi/2'),
    ('asin(sin(1/5))', '1/5'), ('acos(sin(1066))', '1066-677*pi/2'), ('atan(1)', 'pi/4'), ('atan(-1)', '-pi/4'),
    ('atan(sqrt(3))', 'pi/3'), ('atan(1/sqrt(3))', 'pi/6'), ('acos(sqrt(3)/2)', 'pi/6'), ('acos(-sqrt(3)/2)', '5*pi/6'),
    ('acot(cot(42))', '42-13*pi'), ('acsc(csc(191/8))', '191/8-8*pi'), ('-acoth(-x)', 'acoth(x)'),
]
MAXIMA_DIFF_ROWS = [
    ('acsc(x) - asin(1/x)', '0'), ('asec(x) - acos(1/x)', '0'), ('asech(x) - acosh(1/x)', '0'),
    ('acsch(x) - asinh(1/x)', '0'), ('asec(x) + acsc(x)', '0'), ('asin(-x) + asin(x)', '0'),
    ('acosh(x)', '1/(sqrt(x-1)*sqrt(x+1))'), ('asech(x)', '-1/(x^2*sqrt(1/x-1)*sqrt(1/x+1))'),
]
# derivative(…, { simplify: false }) publishes math.js's raw result; derivative(…) its simplified one.
DERIVATIVE_ROWS = [
    ('2x', '2', 'derivative'), ('sin(2x)', '2 * cos(2*x)', 'derivative'), ('x^2', '2 * x', 'derivative'),
    ('5x*3x', '30 * x', 'derivative'),
    ('-4x', '-4 * 1', 'raw'), ('5x + x + 2', '5 * 1 + 1 + 0', 'raw'), ('5x - x - 2', '5 * 1 - 1 - 0', 'raw'),
    ('2(x + x)', '2 * (1 + 1)', 'raw'), ('5x*3x', '5 * 1 * 3*x + 5*x * 3 * 1', 'raw'), ('7x / 2', '7 * 1 / 2', 'raw'),
    ('5 / (3x)', '-5 * (3 * 1) / (3*x) ^ 2', 'raw'),
    ('(2x) / (3x + 2)', '((2 * 1) * (3*x + 2) - (2*x) * (3 * 1 + 0)) / (3*x + 2) ^ 2', 'raw'),
    ('10^(2x + 2)', '10 ^ (2*x + 2) * log(10) * (2 * 1 + 0)', 'raw'), ('(x+2)^1', '(1 + 0)', 'raw'),
    ('2x^2', '2 * 2 * 1 * x ^ (2 - 1)', 'raw'), ('2x^-2', '2 * -2 * 1 * x ^ (-2 - 1)', 'raw'),
    ('(x^3 + x)^(5x + 2)',
     '(x ^ 3 + x) ^ (5*x + 2) * ((3 * 1 * x ^ (3 - 1) + 1) * (5*x + 2) / (x ^ 3 + x) + (5 * 1 + 0) * log((x ^ 3 + x)))',
     'raw'),
    ('-x', '-1', 'raw'), ('1 - (-x)', '0 - (-1)', 'raw'), ('sqrt(6x)', '6 * 1 / (2 * sqrt(6*x))', 'raw'),
    ('log((6*x))', '(6 * 1) / (6 * x)', 'raw'), ('log((6x), 10)', '(6 * 1) / ((6*x) * log(10))', 'raw'),
    ('log((2x), (3x))', '((2 * 1) / (2*x) * log((3*x)) - log((2*x)) * (3 * 1) / (3*x)) / log((3*x)) ^ 2', 'raw'),
    ('log(x)', '1 / x', 'raw'), ('sin(2x)', '2 * 1 * cos(2*x)', 'raw'), ('cos(2x)', '2 * 1 * -sin(2*x)', 'raw'),
    ('tan(2x)', '2 * 1 * sec(2*x) ^ 2', 'raw'), ('sec(2x)', '2 * 1 * sec(2*x) * tan(2*x)', 'raw'),
    ('csc(2x)', '-(2 * 1) * csc(2*x) * cot(2*x)', 'raw'), ('cot((2x))', '-(2 * 1) * csc((2*x)) ^ 2', 'raw'),
    ('asin((2x))', '(2 * 1) / sqrt(1 - (2*x) ^ 2)', 'raw'), ('acos((2x))', '-(2 * 1) / sqrt(1 - (2*x) ^ 2)', 'raw'),
    ('atan((2x))', '(2 * 1) / ((2*x) ^ 2 + 1)', 'raw'),
    ('asec((2x))', '(2 * 1) / (abs((2*x)) * sqrt((2*x) ^ 2 - 1))', 'raw'),
    ('acsc((2x))', '-(2 * 1) / (abs((2*x)) * sqrt((2*x) ^ 2 - 1))', 'raw'),
    ('acot((2x))', '-(2 * 1) / ((2*x) ^ 2 + 1)', 'raw'), ('sinh(2x)', '2 * 1 * cosh(2*x)', 'raw'),
    ('cosh(2x)', '2 * 1 * sinh(2*x)', 'raw'), ('tanh(2x)', '2 * 1 * sech(2*x) ^ 2', 'raw'),
    ('sech(2x)', '-(2 * 1) * sech(2*x) * tanh(2*x)', 'raw'), ('csch(2x)', '-(2 * 1) * csch(2*x) * coth(2*x)', 'raw'),
    ('coth(2x)', '-(2 * 1) * csch(2*x) ^ 2', 'raw'), ('asinh((2x))', '(2 * 1) / sqrt((2*x) ^ 2 + 1)', 'raw'),
    ('acosh((2x))', '(2 * 1) / sqrt((2*x) ^ 2 - 1)', 'raw'), ('atanh((2x))', '(2 * 1) / (1 - (2*x) ^ 2)', 'raw'),
    ('asech((2x))', '-(2 * 1) / ((2*x) * sqrt(1 - (2*x) ^ 2))', 'raw'),
    ('acsch((2x))', '-(2 * 1) / (abs((2*x)) * sqrt((2*x) ^ 2 + 1))', 'raw'),
    ('acoth((2x))', '-(2 * 1) / (1 - (2*x) ^ 2)', 'raw'), ('abs(2x)', '2 * 1 * abs(2*x) / (2*x)', 'raw'),
    ('cbrt(6x)', '6 * 1 / (3 * (6*x) ^ (2 / 3))', 'raw'), ('exp(2x)', '2 * 1 * exp(2*x)', 'raw'),
    ('x + log(y)*x', '1 + log(y) * 1', 'raw'), ('x^2 + x*y + y^2', '2 * 1 * x ^ (2 - 1) + y * 1 + 0', 'raw'),
    ('2x^3', '2 * 3 * 1 * x ^ (3 - 1)', 'raw'),
]


def ginac_rows():
    """exam_differentiation.cpp's problems, built as the C++ builds them: (input, variable, order, answer)."""
    x, y, a, b = sp.symbols('x y a b')
    e1 = (3 * x**-2 + 5 / x + 7 + 11 * x + 13 * x**2)
    e2 = (5 * y**-2 + 7 / y + 11 + 13 * y + 17 * y**2)
    poly = sp.expand(e1 * e2)
    published = [
        (x, 1, '121-55/x^2-66/x^3-30/x^3/y^2-42/x^3/y-78/x^3*y-102/x^3*y^2-25/x^2/y^2-35/x^2/y-65/x^2*y-85/x^2*y^2'
               '+77/y+143*y+187*y^2+130*x/y^2+182/y*x+338*x*y+442*x*y^2+55/y^2+286*x'),
        (y, 1, '91-30/x^2/y^3-21/x^2/y^2+39/x^2+102/x^2*y-50/x/y^3-35/x/y^2+65/x+170/x*y-77*x/y^2+143*x+374*x*y'
               '-130/y^3*x^2-91/y^2*x^2+169*x^2+442*x^2*y-110/y^3*x-70/y^3+238*y-49/y^2'),
        (x, 2, '286+90/x^4/y^2+126/x^4/y+234/x^4*y+306/x^4*y^2+50/x^3/y^2+70/x^3/y+130/x^3*y+170/x^3*y^2+130/y^2'
               '+182/y+338*y+442*y^2+198/x^4+110/x^3'),
        (y, 2, '238+90/x^2/y^4+42/x^2/y^3+102/x^2+150/x/y^4+70/x/y^3+170/x+330*x/y^4+154*x/y^3+374*x+390*x^2/y^4'
               '+182*x^2/y^3+442*x^2+210/y^4+98/y^3'),
    ]
    # The polynomial section publishes its answers as strings: kept as written (GiNaC's `ex` parser
    # reads `a/b/c` and `^` as we do).
    rows = [(poly, var, order, text) for var, order, text in published]
    inner = y * x**2 + a * x + b
    s, c = sp.sin(inner), sp.cos(inner)
    e = b * s**2 + y * s + a
    rows += [
        (e, x, 1, 2*b*s*c*(2*x*y + a) + y*c*(2*x*y + a)),
        (e, x, 2, 2*b*c**2*(2*x*y + a)**2 + 4*b*y*s*c - 2*b*s**2*(2*x*y + a)**2 - y*s*(2*x*y + a)**2 + 2*y**2*c),
        (e, y, 1, 2*b*s*c*x**2 + s + y*c*x**2),
        (e, y, 2, 2*b*c**2*x**4 - 2*b*s**2*x**4 + 2*c*x**2 - y*s*x**4),
    ]
    e = b * c**2 + y * c + a
    rows += [
        (e, x, 1, -2*b*c*s*(2*x*y + a) - y*s*(2*x*y + a)),
        (e, x, 2, 2*b*s**2*(2*y*x + a)**2 - 4*b*c*s*y - 2*b*c**2*(2*y*x + a)**2 - y*c*(2*y*x + a)**2 - 2*y**2*s),
        (e, y, 1, -2*b*c*s*x**2 + c - y*s*x**2),
        (e, y, 2, -2*b*c**2*x**4 + 2*b*s**2*x**4 - 2*s*x**2 - y*c*x**4),
    ]
    ex = sp.exp(inner)
    e = b * ex**2 + y * ex + a
    rows += [
        (e, x, 1, 2*b*ex**2*(2*x*y + a) + y*ex*(2*x*y + a)),
        (e, x, 2, 4*b*ex**2*(2*y*x + a)**2 + 4*b*ex**2*y + 2*y**2*ex + y*ex*(2*y*x + a)**2),
        (e, y, 1, 2*b*ex**2*x**2 + ex + y*ex*x**2),
        (e, y, 2, 4*b*ex**2*x**4 + 2*ex*x**2 + y*ex*x**4),
    ]
    lg = sp.log(inner)
    e = b * lg**2 + y * lg + a
    rows += [
        (e, x, 1, 2*b*lg*(2*x*y + a)/inner + y*(2*x*y + a)/inner),
        (e, x, 2, 2*b*(2*x*y + a)**2*inner**-2 + 4*b*y*lg/inner - 2*b*lg*(2*x*y + a)**2*inner**-2
         + 2*y**2/inner - y*(2*x*y + a)**2*inner**-2),
        (e, y, 1, 2*b*lg*x**2/inner + lg + y*x**2/inner),
        (e, y, 2, 2*b*x**4*inner**-2 - 2*b*lg*inner**-2*x**4 + 2*x**2/inner - y*x**4*inner**-2),
    ]
    f1, f2 = inner, x * y**2 + b * y + a
    denominator = (b + y*x**2 + x*a)**2 + (y*b + y**2*x + a)**2
    rows.append((sp.atan2(f1, f2), x, 1,
                 y**2/denominator*(-b - y*x**2 - x*a) + (y*b + y**2*x + a)*(2*y*x + a)/denominator))
    p = x + x**3
    d = 6/p - 18*x/p**2 - 54*x**3/p**2 + 2/p**3 + 18*x**2/p**3 + 54*x**4/p**3 + 54*x**6/p**3
    rows.append((sp.diff(p, x) / p, x, 2, d))
    return rows

// Spanish names and descriptions of the registries, keyed as names.hpp
// says. A unit test holds this table to the registries: every method,
// parameter and weighting method has its row, and every row names one.

#include <array>

#include "text/names.hpp"

namespace criterio {

namespace {

constexpr auto k_spanish = std::to_array<NameTranslation>({
    {"method.wsm.title", "Suma ponderada (modelo de valor aditivo, SAW)"},
    {"method.wsm.summary", "suma de peso × utilidad; se explica criterio a criterio"},
    {"method.wsm.param.normalization",
     "cómo se convierten en utilidades las columnas brutas (criterios sin escala); las columnas con función de "
     "valor se usan tal cual"},
    {"method.wpm.title", "Modelo de producto ponderado (WPM)"},
    {"method.wpm.summary",
     "producto de los valores normalizados elevados a sus pesos; los valores deben ser mayores que cero"},
    {"method.wpm.param.normalization",
     "cómo se convierten en razones las columnas brutas (criterios sin escala); las columnas con función de valor "
     "se usan tal cual"},
    {"method.waspas.title", "Evaluación de suma y producto agregados ponderados (WASPAS)"},
    {"method.waspas.summary", "λ × suma ponderada + (1 − λ) × producto ponderado, sobre x/max y min/x"},
    {"method.waspas.param.lambda",
     "peso de la suma ponderada frente al producto ponderado (1: solo WSM, 0: solo WPM)"},
    {"method.topsis.title", "TOPSIS (cercanía a la solución ideal)"},
    {"method.topsis.summary",
     "cercanía al ideal, C = D- / (D+ + D-) a partir de las distancias al ideal y al anti-ideal; mayor es mejor"},
    {"method.topsis.param.normalization",
     "cómo se escalan las columnas brutas antes de ponderarlas (los criterios de coste conservan su sentido: su "
     "ideal es el mínimo); las columnas con función de valor se usan tal cual"},
    {"method.vikor.title", "VIKOR (clasificación de compromiso)"},
    {"method.vikor.summary",
     "Q combina la utilidad de grupo S y el arrepentimiento individual R; menor es mejor; señala el conjunto de "
     "compromiso"},
    {"method.vikor.param.v", "peso de la utilidad de grupo S frente al arrepentimiento individual R en Q"},
    {"method.promethee2.title", "PROMETHEE II (flujo neto de superación)"},
    {"method.promethee2.summary",
     "clasificación completa por el flujo neto φ = φ+ − φ− con funciones de preferencia por criterio"},
    {"method.promethee2.param.preference",
     "función de preferencia por criterio: usual, u-shape (q), v-shape (p), level (q, p), linear (q, p), gaussian "
     "(s); donde no se da, se aplica la clave preference: del criterio en el archivo de criterios"},
    {"method.promethee2.param.q",
     "umbral de indiferencia por criterio, en las unidades que ve el método (utilidad 0-1 en un criterio con "
     "escala, unidades brutas en los demás)"},
    {"method.promethee2.param.p", "umbral de preferencia por criterio, en las mismas unidades (q <= p)"},
    {"method.promethee2.param.s", "punto de inflexión gaussiano por criterio, en las mismas unidades (s > 0)"},
    {"method.promethee1.title", "PROMETHEE I (clasificación parcial a partir de φ+ y φ−)"},
    {"method.promethee1.summary",
     "orden parcial: pares preferidos, indiferentes o incomparables según los flujos de salida y de entrada"},
    {"method.promethee1.param.preference",
     "función de preferencia por criterio: usual, u-shape (q), v-shape (p), level (q, p), linear (q, p), gaussian "
     "(s); donde no se da, se aplica la clave preference: del criterio en el archivo de criterios"},
    {"method.promethee1.param.q",
     "umbral de indiferencia por criterio, en las unidades que ve el método (utilidad 0-1 en un criterio con "
     "escala, unidades brutas en los demás)"},
    {"method.promethee1.param.p", "umbral de preferencia por criterio, en las mismas unidades (q <= p)"},
    {"method.promethee1.param.s", "punto de inflexión gaussiano por criterio, en las mismas unidades (s > 0)"},
    {"method.electre1.title", "ELECTRE I (superación; núcleo de las mejores opciones)"},
    {"method.electre1.summary",
     "la concordancia y la discordancia dan una relación de superación; su núcleo es el conjunto de las mejores "
     "opciones"},
    {"method.electre1.param.c",
     "umbral de concordancia: a supera a b solo si C(a,b) >= c; vacío: la media de C en todos los pares"},
    {"method.electre1.param.d",
     "umbral de discordancia: a supera a b solo si D(a,b) <= d; vacío: la media de D en todos los pares"},
    {"method.electre3.title", "ELECTRE III (superación valorada; clasificación por destilación)"},
    {"method.electre3.summary",
     "credibilidad de la superación con umbrales de indiferencia, preferencia y veto; clasificada por dos "
     "destilaciones"},
    {"method.electre3.param.q",
     "umbral de indiferencia, en las unidades del criterio (utilidades en los criterios con escala)"},
    {"method.electre3.param.p", "umbral de preferencia (>= q); vacío: igual a q"},
    {"method.electre3.param.v", "umbral de veto (>= p); vacío: sin veto"},
    {"method.electre3.param.alpha", "umbral de destilación s(λ) = alpha + beta·λ: su término independiente"},
    {"method.electre3.param.beta", "umbral de destilación s(λ) = alpha + beta·λ: su pendiente"},
    {"method.copras.title", "Evaluación proporcional compleja (COPRAS)"},
    {"method.copras.summary", "partes de beneficio más un término de coste; el grado de utilidad N en % del mejor"},
    {"method.edas.title", "EDAS (evaluación basada en la distancia a la solución media)"},
    {"method.edas.summary", "distancias positivas y negativas a la solución media, ponderadas; AS = (NSP + NSN)/2"},
    {"method.moora.title", "Optimización multiobjetivo por análisis de razones (MOORA)"},
    {"method.moora.summary",
     "razones vectoriales: beneficios ponderados menos costes ponderados, o la distancia a un punto de referencia"},
    {"method.moora.param.approach",
     "ratio: el sistema de razones (mayor es mejor); reference: la mayor distancia ponderada a las mejores razones "
     "(menor es mejor)"},
    {"method.multimoora.title",
     "MULTIMOORA (sistema de razones, punto de referencia, forma multiplicativa completa)"},
    {"method.multimoora.summary",
     "tres clasificaciones MOORA unidas por dominancia; la puntuación cuenta las alternativas dominadas"},
    {"method.aras.title", "Evaluación por razones aditivas (ARAS)"},
    {"method.aras.summary",
     "suma ponderada de las partes de cada columna, frente a una alternativa óptima (K = S / S0)"},
    {"method.spotis.title", "SPOTIS (ordenación estable de preferencias hacia la solución ideal)"},
    {"method.spotis.summary",
     "distancia normalizada ponderada al punto ideal de unos límites fijos; menor es mejor, sin inversión de rangos"},
    {"method.spotis.param.lower",
     "el límite inferior de cada criterio (por omisión: el mínimo observado, que renuncia a la protección contra "
     "la inversión de rangos)"},
    {"method.spotis.param.upper",
     "el límite superior de cada criterio (por omisión: el máximo observado, que renuncia a la protección contra "
     "la inversión de rangos)"},
    {"method.codas.title", "CODAS (evaluación combinada basada en distancias)"},
    {"method.codas.summary",
     "distancia euclídea y después Manhattan a la solución ideal negativa, comparadas por pares en H"},
    {"method.codas.param.tau",
     "umbral de la diferencia de distancias euclídeas por debajo del cual deciden las distancias Manhattan (los "
     "autores sugieren de 0.01 a 0.05)"},
    {"method.mabac.title", "MABAC (comparación multiatributo con el área de aproximación de frontera)"},
    {"method.mabac.summary",
     "suma de las distancias ponderadas al área de aproximación de frontera (media geométrica); por encima de 0 es "
     "el área superior"},
    {"method.mairca.title", "MAIRCA (análisis comparativo multiatributo ideal-real)"},
    {"method.mairca.summary",
     "diferencia total entre las valoraciones teóricas (preferencia igual) y las reales; menor es mejor"},
    {"method.cocoso.title", "CoCoSo (solución de compromiso combinada)"},
    {"method.cocoso.summary",
     "suma ponderada y suma de potencias normalizadas min-max, combinadas mediante tres puntuaciones de evaluación"},
    {"method.cocoso.param.lambda",
     "equilibrio de la suma ponderada S frente a la suma de potencias P en la puntuación de evaluación kc"},
    {"method.marcos.title", "MARCOS (medición de alternativas y clasificación según la solución de compromiso)"},
    {"method.marcos.summary",
     "grados de utilidad frente a las filas ideal y anti-ideal, combinados mediante una función de utilidad"},
    {"method.ocra.title", "OCRA (valoración de la competitividad operativa)"},
    {"method.ocra.summary",
     "valoraciones separadas de entradas (coste) y salidas (beneficio), linealizadas y combinadas; la menos "
     "competitiva vale 0"},
    {"method.ram.title", "RAM (método de evaluación por raíz)"},
    {"method.ram.summary",
     "sumas ponderadas normalizadas por la suma de los criterios de beneficio (S+) y de coste (S-), combinadas "
     "como (2 + S+)^(1/(2 + S-))"},
    {"method.probid.title", "PROBID (clasificación de preferencias basada en la distancia ideal-media)"},
    {"method.probid.summary", "distancias a una escala de soluciones ideales y a la solución media"},
    {"method.probid.param.variant",
     "probid (procedimiento completo) o sprobid (simplificado, para pocas alternativas)"},
    {"weighting.direct.title", "Pesos directos"},
    {"weighting.direct.summary", "el peso propio de cada hijo, normalizado entre sus hermanos (el predeterminado)"},
    {"weighting.equal.title", "Pesos iguales"},
    {"weighting.equal.summary", "todos los hijos pesan lo mismo"},
    {"weighting.ahp.title", "Proceso analítico jerárquico (AHP)"},
    {"weighting.ahp.summary",
     "juicios por pares en la escala 1-9 de Saaty; prioridades por vector propio o media geométrica, λmax, CI, CR "
     "y consejos"},
    {"weighting.roc.title", "Centroide del orden de rangos (ROC)"},
    {"weighting.roc.summary",
     "pesos a partir de un orden de importancia: el centroide de todos los pesos que lo respetan"},
    {"weighting.rank-sum.title", "Suma de rangos"},
    {"weighting.rank-sum.summary", "pesos a partir de un orden de importancia, proporcionales a n + 1 − rango"},
    {"weighting.reciprocal.title", "Rango recíproco"},
    {"weighting.reciprocal.summary", "pesos a partir de un orden de importancia, proporcionales a 1 / rango"},
    {"weighting.swing.title", "Ponderación swing"},
    {"weighting.swing.summary",
     "puntos por llevar cada criterio del peor al mejor valor: el cambio más importante vale 100 y los demás se "
     "comparan con él"},
    {"weighting.smart.title", "Puntos SMART"},
    {"weighting.smart.summary", "puntos por importancia: el menos importante 10, los demás como múltiplos de él"},
    {"weighting.entropy.title", "Entropía de Shannon"},
    {"weighting.entropy.summary",
     "a partir de los datos: pesan más los criterios en que los proveedores difieren más"},
    {"weighting.critic.title", "CRITIC"},
    {"weighting.critic.summary",
     "a partir de los datos: contraste (desviación típica) por conflicto con los demás criterios"},
    {"weighting.std-dev.title", "Desviación típica"},
    {"weighting.std-dev.summary",
     "a partir de los datos: proporcionales a la desviación típica de cada criterio (tras escalar min-max)"},
    {"weighting.variance.title", "Varianza"},
    {"weighting.variance.summary",
     "a partir de los datos: proporcionales a la varianza de cada criterio (tras escalar min-max)"},
    {"weighting.merec.title", "MEREC"},
    {"weighting.merec.summary",
     "a partir de los datos: cuánto cambia el rendimiento global de los proveedores al quitar cada criterio"},
    {"weighting.gini.title", "Coeficiente de Gini"},
    {"weighting.gini.summary",
     "a partir de los datos: proporcionales al coeficiente de Gini de cada criterio (desigualdad entre los "
     "proveedores)"},
    {"weighting.angle.title", "Ángulo"},
    {"weighting.angle.summary",
     "a partir de los datos: el ángulo entre la columna de cada criterio y una columna de valores iguales"},
});

}  // namespace

std::span<const NameTranslation> spanish_names() { return k_spanish; }

}  // namespace criterio

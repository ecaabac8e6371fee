# Reference values for the design-based uncertainty of the MKBA (domain.md §7, issue #17),
# computed with R's survey package.
#
#   Rscript tests/reference/mkba-uncertainty-reference.R > tests/fixtures/mkba-uncertainty-reference.json
#
# A synthetic stratified SRSWOR sample (strata = teamlid, fpc = N_h) whose per-household
# quantities move together (one latent need per household drives them all). The MKBA totals
# are linear in the means: total = c + sum_k a_k * mean_k, with a_k = H * unit value * party
# share. This script derives the coefficients independently from the formulas of domain.md §7
# and the kengetallen below, builds z_i = sum_k a_k y_ik per case and asks survey for
#   svymean(~z) (SE of saldo, totals and every party's saldo),
#   svycontrast(svymean(~zN + zD), quote(...)) (delta method for the ratios),
#   confint(..., df = degf(design)) (t intervals), svyciprop(method = "logit") and degf.
# Three variants: the plain design, the design post-stratified on huishoudtype, and one with
# a quantity override (drops out of z) and a line override (a constant).

suppressPackageStartupMessages(library(survey))
options(survey.lonely.psu = "remove")
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "json.R"))

set.seed(17, kind = "Mersenne-Twister", normal.kind = "Inversion", sample.kind = "Rejection")

strata <- data.frame(teamlid = sprintf("tl%02d", 1:7),
                     N = c(150, 220, 90, 310, 180, 60, 240),
                     n = c(12, 14, 9, 13, 11, 8, 13), stringsAsFactors = FALSE)

rows <- do.call(rbind, lapply(seq_len(nrow(strata)), function(k) {
  n <- strata$n[k]
  need <- rgamma(n, shape = 1.5, scale = 1) * (0.6 + 0.15 * k)   # strata differ
  pois <- function(rate) rpois(n, rate)
  half <- function(p) sample(c(0, 0.5, 1), n, replace = TRUE, prob = c(1 - p, p / 2, p / 2))
  data.frame(
    teamlid = strata$teamlid[k], N_h = strata$N[k],
    huishoudtype = sample(c("gezin", "oudere", "overig"), n, replace = TRUE, prob = c(0.5, 0.3, 0.2)),
    prof_extra.a = pois(0.25 * need), prof_extra.b = pois(0.15 * need),
    meer_op_maat.a = pois(0.2 * need), substitutie.b = pois(0.1 * need),
    net_improved.fin = ifelse(runif(n) < pmin(0.9, 0.25 * need), sample(c(0.5, 1), n, replace = TRUE), 0),
    net_improved.ggz = half(0.2),
    prevented.uithuis = ifelse(runif(n) < pmin(0.5, 0.03 * need), sample(c(0.5, 1), n, replace = TRUE), 0),
    stringsAsFactors = FALSE, check.names = FALSE)
}))
rows$share_hh_extra <- as.numeric(rows$prof_extra.a + rows$prof_extra.b >= 1)
rows$trajecten_per_hh <- rows$prof_extra.a + rows$prof_extra.b + rows$meer_op_maat.a + rows$substitutie.b
rows$w <- rows$N_h / ave(rows$N_h, rows$teamlid, FUN = length)
quantities <- c("prof_extra.a", "prof_extra.b", "meer_op_maat.a", "substitutie.b",
                "net_improved.fin", "net_improved.ggz", "prevented.uithuis")
shares <- c(gezin = 0.45, oudere = 0.35, overig = 0.20)

kengetallen <- list(
  households = 2500, fteNew = 50, extraCostPct = 0.2, costPerFte = 76302, qalyValue = 50000,
  prices = list(a = 7250, b = 2805), payers = list(a = "gemeente", b = "zorgverzekeraar"),
  financialValue = list(fin = 380, ggz = -150), qaly = list(fin = 0.01, ggz = 0.05),
  escalationCost = list(uithuis = 45000), nuisanceValue = list(uithuis = 1160),
  partySplit = list(K1 = list(gemeente = 1), K2 = list(gemeente = 1), B1a = list(gemeente = 1),
                    B2 = list(gemeente = 0.3, zorgverzekeraar = 0.7), B3 = list(gemeente = 0.5, rijk = 0.5),
                    B4a = list(huishoudens = 1), B4b = list(huishoudens = 1),
                    B4c = list(corporatie = 0.5, politie_justitie = 0.5))
)
parties <- c("gemeente", "huishoudens", "zorgverzekeraar", "rijk", "corporatie", "politie_justitie")

# ---------------------------------------------------------------- the MKBA as linear forms ----
# Each line: a constant, and per quantity its coefficient H * unit value, with the party share
# of each term (payer lines K3, B1b, B1c: the trajectory type's payer).
lines_of <- function(qo, lo) {
  k <- kengetallen; H <- k$households
  fte0 <- k$fteNew * (1 - k$extraCostPct)
  term <- function(key, unit, split) list(key = key, coef = H * unit, split = split)
  payer <- function(t) setNames(list(1), k$payers[[t]])
  L <- list(
    K1 = list(kind = "K", const = fte0 * k$costPerFte, terms = list(), split = k$partySplit$K1),
    K2 = list(kind = "K", const = (k$fteNew - fte0) * k$costPerFte, terms = list(), split = k$partySplit$K2),
    K3 = list(kind = "K", const = 0, split = NULL, terms = list(
      term("prof_extra.a", k$prices$a, payer("a")), term("prof_extra.b", k$prices$b, payer("b")))),
    B1a = list(kind = "B", const = fte0 * k$costPerFte, terms = list(), split = k$partySplit$B1a),
    B1b = list(kind = "B", const = 0, split = NULL, terms = list(term("meer_op_maat.a", k$prices$a, payer("a")))),
    B1c = list(kind = "B", const = 0, split = NULL, terms = list(term("substitutie.b", k$prices$b, payer("b")))),
    B2 = list(kind = "B", const = 0, split = k$partySplit$B2, terms = list(
      term("net_improved.fin", k$financialValue$fin, NULL), term("net_improved.ggz", k$financialValue$ggz, NULL))),
    B3 = list(kind = "B", const = 0, split = k$partySplit$B3, terms = list(term("prevented.uithuis", k$escalationCost$uithuis, NULL))),
    B4a = list(kind = "B", imm = TRUE, const = 0, split = k$partySplit$B4a, terms = list()),
    B4b = list(kind = "B", imm = TRUE, const = 0, split = k$partySplit$B4b, terms = list(
      term("net_improved.fin", k$qaly$fin * k$qalyValue, NULL), term("net_improved.ggz", k$qaly$ggz * k$qalyValue, NULL))),
    B4c = list(kind = "B", imm = TRUE, const = 0, split = k$partySplit$B4c, terms = list(term("prevented.uithuis", k$nuisanceValue$uithuis, NULL)))
  )
  # A quantity override: the term becomes a constant coefficient * override.
  for (nm in names(L)) for (i in seq_along(L[[nm]]$terms)) {
    t <- L[[nm]]$terms[[i]]
    if (!is.null(qo[[t$key]])) L[[nm]]$terms[[i]]$fixed <- t$coef * qo[[t$key]]
  }
  # A line override: the whole line is a constant.
  for (nm in names(lo)) L[[nm]] <- list(kind = L[[nm]]$kind, imm = L[[nm]]$imm, const = lo[[nm]], terms = list(), split = L[[nm]]$split)
  L
}

# A linear form: constant plus coefficient per quantity, for lines of `kinds`, weighted by `share`.
form <- function(L, means, which, share) {
  const <- 0; coef <- setNames(rep(0, length(quantities)), quantities)
  for (nm in names(L)) {
    l <- L[[nm]]
    if (!which(l)) next
    const <- const + l$const * share(l$split)
    for (t in l$terms) {
      s <- share(if (is.null(t$split)) l$split else t$split)
      if (!is.null(t$fixed)) const <- const + t$fixed * s else coef[t$key] <- coef[t$key] + t$coef * s
    }
  }
  list(const = const, coef = coef, value = const + sum(coef * means[quantities]))
}
all_share <- function(split) 1
party_share <- function(p) function(split) if (is.null(split[[p]])) 0 else split[[p]]
is_cost <- function(l) l$kind == "K"
is_benefit <- function(l) l$kind == "B"
is_imm <- function(l) isTRUE(l$imm)

# ---------------------------------------------------------------- survey ----
stat_json <- function(point, se, ci) list(point = point, se = se, low = unname(ci[1]), high = unname(ci[2]))

linear_stat <- function(design, f, df) {
  design <- update(design, z = as.vector(as.matrix(design$variables[, quantities]) %*% f$coef))
  est <- svymean(~z, design)
  ci <- confint(est, df = df) + f$const
  stat_json(f$const + unname(coef(est)), unname(SE(est)), ci)
}
difference <- function(a, b) list(const = a$const - b$const, coef = a$coef - b$coef, value = a$value - b$value)
ratio_stat <- function(design, num, den, df) {
  if (den$value == 0) return(NULL)
  X <- as.matrix(design$variables[, quantities])
  design <- update(design, zN = as.vector(X %*% num$coef), zD = as.vector(X %*% den$coef))
  est <- svycontrast(svymean(~zN + zD, design),
                     substitute((cN + zN) / (cD + zD), list(cN = num$const, cD = den$const)))
  stat_json(unname(coef(est)), unname(SE(est)), confint(est, df = df))
}

run_variant <- function(name, design, qo = list(), lo = list()) {
  df <- degf(design)
  means <- coef(svymean(as.formula(paste("~", paste(quantities, collapse = " + "))), design))
  means[names(qo)] <- unlist(qo)
  L <- lines_of(qo, lo)
  costs <- form(L, means, is_cost, all_share)
  benefits <- form(L, means, is_benefit, all_share)
  imm <- form(L, means, is_imm, all_share)
  fin <- difference(benefits, imm)
  list(
    name = name,
    quantityOverrides = if (length(qo)) qo else setNames(list(), character(0)),
    lineOverrides = if (length(lo)) lo else setNames(list(), character(0)),
    df = df,
    means = as.list(coef(svymean(as.formula(paste("~", paste(quantities, collapse = " + "))), design))),
    costs = linear_stat(design, costs, df),
    benefits = linear_stat(design, benefits, df),
    saldo = linear_stat(design, difference(benefits, costs), df),
    ratioFinancial = ratio_stat(design, fin, costs, df),
    ratioSocial = ratio_stat(design, benefits, costs, df),
    parties = lapply(parties, function(p) {
      k <- form(L, means, is_cost, party_share(p))
      b <- form(L, means, is_benefit, party_share(p))
      list(party = p, saldo = linear_stat(design, difference(b, k), df), ratio = ratio_stat(design, b, k, df))
    })
  )
}

design <- svydesign(ids = ~1, strata = ~teamlid, weights = ~w, fpc = ~N_h, data = rows)
N <- sum(strata$N)
post <- postStratify(design, ~huishoudtype, data.frame(huishoudtype = names(shares), Freq = unname(shares) * N))

inputs <- function(design) {
  df <- degf(design)
  q <- qt(0.975, df)
  share <- svyciprop(~share_hh_extra, design, method = "logit")
  counts <- lapply(c("trajecten_per_hh", "prof_extra.a", "prevented.uithuis"), function(v) {
    est <- svymean(as.formula(paste0("~", v)), design)
    m <- unname(coef(est)); se <- unname(SE(est)); f <- exp(q * se / m)
    list(key = v, mean = m, se = se, low = m / f, high = m * f)
  })
  net <- svymean(~net_improved.ggz, design)
  list(
    df = df,
    logit = list(list(key = "share_hh_extra", mean = unname(coef(share)), se = unname(sqrt(attr(share, "var")[1, 1])),
                      low = unname(attr(share, "ci")[1]), high = unname(attr(share, "ci")[2]))),
    log = counts,
    t = list(list(key = "net_improved.ggz", mean = unname(coef(net)), se = unname(SE(net)),
                  low = unname(confint(net, df = df)[1, 1]), high = unname(confint(net, df = df)[1, 2])))
  )
}

columns <- c("teamlid", "huishoudtype", quantities, "share_hh_extra", "trajecten_per_hh")
cat(to_json(list(
  generatedBy = list(script = "tests/reference/mkba-uncertainty-reference.R", R = R.version.string,
                     survey = as.character(packageVersion("survey")), lonelyPsu = getOption("survey.lonely.psu")),
  strata = lapply(seq_len(nrow(strata)), function(k) list(stratum = strata$teamlid[k], N = strata$N[k])),
  shares = as.list(shares),
  kengetallen = kengetallen,
  parties = as.list(parties),
  quantities = as.list(quantities),
  observations = lapply(seq_len(nrow(rows)), function(i) {
    r <- rows[i, columns]
    list(stratum = r$teamlid, huishoudtype = r$huishoudtype,
         values = setNames(lapply(c(quantities, "share_hh_extra", "trajecten_per_hh"), function(v) r[[v]]),
                           c(quantities, "share_hh_extra", "trajecten_per_hh")))
  }),
  inputs = inputs(design),
  variants = list(
    run_variant("basis", design),
    run_variant("nagewogen", post),
    run_variant("overschreven", design, qo = list(prevented.uithuis = 0.02), lo = list(B2 = 100000))
  )
)), "\n", sep = "")

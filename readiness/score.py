"""The readiness score (Indeks Kesiapan) of WKSBM: method v2 of the brief (DESIGN.md section 4).

Everything is computed by one SQL statement per call (common table expressions, aggregates and
window functions), the same text on SQLite and PostgreSQL; Python only turns result rows into
dataclasses. No Python loop runs per pengurus or per WKSBM.

As of a date T with a window of D days, evidence counts when end of day (T - D) < its time <= end
of day T, days ending in the time zone of the WKSBM's Dinsos office (`readiness_by_office` groups
WKSBM by office parameters, zone included). Arithmetic never divides integers: SQLite stores a
whole-number score as an integer, so every score and weight enters the SQL multiplied by 1.0.
Scores are compared with the level thresholds after rounding to six decimals, so the two
databases (exact numeric on PostgreSQL, floating point on SQLite) always agree on a level;
screens show one decimal. Numeric parameters are cast in SQL: SQLite receives Decimals as text,
which never compares equal to a number.
"""

import datetime
from dataclasses import dataclass, field, replace
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings as django_settings
from django.db import connection
from django.db.models import Q
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assessments.choices import QuizKind
from assessments.models import Attempt, Attendance, Observation, PembinaanSession
from courses.choices import Pillar
from courses.models import Assignment, CoursePage, LessonPage, LessonProgress
from wksbm.models import CORE_JABATAN, DinsosOffice, Pengurus, Wksbm

from .choices import Level
from .models import ReadinessSettings


@dataclass(frozen=True)
class ReadinessParameters:
    """The method's parameters; offices may change them (defaults are the brief's)."""

    weight_komitmen: Decimal = Decimal(1)
    weight_pengetahuan: Decimal = Decimal(1)
    weight_keterampilan: Decimal = Decimal(1)
    weight_core_jabatan: Decimal = Decimal(2)  # ketua, sekretaris, bendahara
    weight_other_jabatan: Decimal = Decimal(1)
    ready_minimum: Decimal = Decimal(80)
    ready_pillar_minimum: Decimal = Decimal(70)
    almost_ready_minimum: Decimal = Decimal(65)
    coverage_minimum: Decimal = Decimal(50)
    window_days: int = 730
    # Rule 7's kelembagaan checklist: off until the checklist is recorded (the penyuluh issue);
    # when on, "Ready" also needs kelembagaan at least `kelembagaan_minimum`.
    checklist: bool = False
    kelembagaan_minimum: Decimal = Decimal(75)
    # Not a setting: days end at midnight in the office's zone.
    time_zone: str = django_settings.TIME_ZONE

    @classmethod
    def from_settings(cls, settings) -> "ReadinessParameters":
        """The parameters kept in a `ReadinessSettings` row (days in the project zone: see in_zone)."""
        return cls(**{name: getattr(settings, name) for name in SETTING_FIELDS})

    def in_zone(self, time_zone: str) -> "ReadinessParameters":
        return replace(self, time_zone=time_zone)


# The fields of ReadinessParameters that ReadinessSettings keeps.
SETTING_FIELDS = (
    "weight_komitmen",
    "weight_pengetahuan",
    "weight_keterampilan",
    "weight_core_jabatan",
    "weight_other_jabatan",
    "ready_minimum",
    "ready_pillar_minimum",
    "almost_ready_minimum",
    "coverage_minimum",
    "window_days",
)


@dataclass(frozen=True)
class WksbmReadiness:
    wksbm_id: int
    komitmen: float | None
    pengetahuan: float | None
    keterampilan: float | None
    readiness: float | None
    coverage: float
    active_pengurus: int
    level: str
    kelembagaan: float | None = None  # rule 7; None until the checklist exists

    @property
    def level_label(self) -> str:
        return str(Level(self.level).label)


@dataclass(frozen=True)
class PengurusReadiness:
    term_id: int
    user_id: int
    wksbm_id: int
    weight: float
    komitmen: float | None
    pengetahuan: float | None
    keterampilan: float | None
    self_assessment: float | None
    participation: float | None
    attendance: float | None
    evidence: dict = field(default_factory=dict)  # pillar -> bool


def _tables() -> dict[str, str]:
    quote = connection.ops.quote_name
    models = {
        "pengurus": Pengurus,
        "wksbm": Wksbm,
        "assignment": Assignment,
        "course": CoursePage,
        "lesson": LessonPage,
        "progress": LessonProgress,
        "attempt": Attempt,
        "observation": Observation,
        "session": PembinaanSession,
        "attendance": Attendance,
    }
    tables = {name: quote(model._meta.db_table) for name, model in models.items()}
    tables["page"] = quote(CoursePage._meta.get_parent_list()[-1]._meta.db_table)
    return tables


# Per active pengurus of a WKSBM (counted once, by their heaviest term): module scores, pillar
# scores and evidence. Evidence follows the person: it is joined by user, never by term.
TERMS_SQL = """
WITH knobs AS (
    -- The settings, cast once; "* 1.0" makes every later division exact on SQLite too.
    SELECT CAST(%(w_core)s AS NUMERIC) * 1.0 AS w_core, CAST(%(w_other)s AS NUMERIC) * 1.0 AS w_other,
           CAST(%(w_komitmen)s AS NUMERIC) * 1.0 AS w_komitmen,
           CAST(%(w_pengetahuan)s AS NUMERIC) * 1.0 AS w_pengetahuan,
           CAST(%(w_keterampilan)s AS NUMERIC) * 1.0 AS w_keterampilan,
           CAST(%(coverage_minimum)s AS NUMERIC) AS coverage_minimum,
           CAST(%(ready_minimum)s AS NUMERIC) AS ready_minimum,
           CAST(%(pillar_minimum)s AS NUMERIC) AS pillar_minimum,
           CAST(%(almost_minimum)s AS NUMERIC) AS almost_minimum,
           CAST(%(kelembagaan_minimum)s AS NUMERIC) AS kelembagaan_minimum
),
ranked_terms AS (
    SELECT weighted.*,
           ROW_NUMBER() OVER (
               PARTITION BY user_id, wksbm_id ORDER BY weight DESC, active_from, term_id
           ) AS rank
    FROM (
        SELECT p.id AS term_id, p.user_id, p.wksbm_id, p.active_from,
               CASE WHEN p.jabatan IN ({core}) THEN k.w_core ELSE k.w_other END AS weight
        FROM {pengurus} p CROSS JOIN knobs k
        WHERE p.active_from <= %(as_of)s AND (p.active_to IS NULL OR p.active_to > %(as_of)s)
          AND p.wksbm_id IN ({wksbm_ids})
    ) weighted
),
terms AS (
    -- Rule 1: a person with overlapping terms in one WKSBM counts once, with the highest weight.
    SELECT term_id, user_id, wksbm_id, weight FROM ranked_terms WHERE rank = 1
),
assigned AS (
    SELECT t.term_id, a.course_id FROM terms t
    JOIN {assignment} a ON a.wksbm_id = t.wksbm_id WHERE a.assigned_at <= %(end)s
    UNION
    SELECT t.term_id, a.course_id FROM terms t
    JOIN {assignment} a ON a.user_id = t.user_id WHERE a.assigned_at <= %(end)s
),
best_post AS (
    -- An attempt still waiting for grading has no score yet and does not count.
    SELECT user_id, course_id, MAX(score) * 1.0 AS score FROM {attempt}
    WHERE kind = %(post_test)s AND score IS NOT NULL
      AND submitted_at > %(start)s AND submitted_at <= %(end)s
    GROUP BY user_id, course_id
),
latest_observation AS (
    SELECT user_id, course_id, score * 1.0 AS score FROM (
        SELECT user_id, course_id, score,
               ROW_NUMBER() OVER (
                   PARTITION BY user_id, course_id ORDER BY observed_on DESC, created_at DESC, id DESC
               ) AS rank
        FROM {observation} WHERE observed_on > %(start_date)s AND observed_on <= %(as_of)s
    ) ranked WHERE rank = 1
),
course_lessons AS (
    SELECT c.page_ptr_id AS course_id, lp.id AS lesson_id
    FROM {course} c
    JOIN {page} cp ON cp.id = c.page_ptr_id
    JOIN {page} lp ON lp.path LIKE cp.path || '%%' AND lp.depth = cp.depth + 1 AND lp.live = %(true)s
    JOIN {lesson} l ON l.page_ptr_id = lp.id
),
lesson_counts AS (
    SELECT course_id, COUNT(*) AS lessons FROM course_lessons GROUP BY course_id
),
lessons_done AS (
    SELECT pr.user_id, cl.course_id, COUNT(*) AS lessons FROM course_lessons cl
    JOIN {progress} pr ON pr.lesson_id = cl.lesson_id AND pr.completed_at <= %(end)s
    GROUP BY pr.user_id, cl.course_id
),
modules AS (
    SELECT a.term_id, a.course_id, c.pillar,
           CASE
               WHEN c.pillar = %(pengetahuan)s THEN COALESCE(bp.score, 0)
               WHEN c.pillar = %(keterampilan)s
                   THEN COALESCE((bp.score + lo.score) / 2, bp.score, lo.score, 0)
           END AS score,
           -- The course-completion rule (courses.progress): every live lesson done; none is done.
           CASE WHEN COALESCE(ld.lessons, 0) >= COALESCE(n.lessons, 0) THEN 1 ELSE 0 END AS done,
           CASE WHEN bp.score IS NULL AND lo.score IS NULL THEN 0 ELSE 1 END AS scored
    FROM assigned a
    JOIN terms t ON t.term_id = a.term_id
    JOIN {course} c ON c.page_ptr_id = a.course_id
    LEFT JOIN best_post bp ON bp.user_id = t.user_id AND bp.course_id = a.course_id
    LEFT JOIN latest_observation lo ON lo.user_id = t.user_id AND lo.course_id = a.course_id
    LEFT JOIN lesson_counts n ON n.course_id = a.course_id
    LEFT JOIN lessons_done ld ON ld.user_id = t.user_id AND ld.course_id = a.course_id
),
term_modules AS (
    SELECT term_id,
           AVG(CASE WHEN pillar = %(pengetahuan)s THEN score END) AS pengetahuan,
           AVG(CASE WHEN pillar = %(keterampilan)s THEN score END) AS keterampilan,
           100.0 * SUM(done) / COUNT(*) AS participation
    FROM modules GROUP BY term_id
),
latest_self AS (
    SELECT user_id, score * 1.0 AS score FROM (
        SELECT user_id, score,
               ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY submitted_at DESC, id DESC) AS rank
        FROM {attempt}
        WHERE kind = %(self_assessment)s AND score IS NOT NULL
          AND submitted_at > %(start)s AND submitted_at <= %(end)s
    ) ranked WHERE rank = 1
),
sessions_while_active AS (
    -- Sessions of the WKSBM in the window held on a day the person was active there, in any term.
    SELECT t.term_id, t.user_id, s.id AS session_id
    FROM terms t
    JOIN {session} s ON s.wksbm_id = t.wksbm_id
        AND s.held_on > %(start_date)s AND s.held_on <= %(as_of)s
    WHERE EXISTS (
        SELECT 1 FROM {pengurus} p
        WHERE p.user_id = t.user_id AND p.wksbm_id = t.wksbm_id
          AND p.active_from <= s.held_on AND (p.active_to IS NULL OR p.active_to > s.held_on)
    )
),
term_attendance AS (
    SELECT h.term_id, 100.0 * COUNT(present.id) / COUNT(*) AS attendance
    FROM sessions_while_active h
    LEFT JOIN {attendance} present ON present.session_id = h.session_id AND present.user_id = h.user_id
    GROUP BY h.term_id
),
post_evidence AS (
    SELECT a.user_id,
           MAX(CASE WHEN c.pillar = %(pengetahuan)s THEN 1 ELSE 0 END) AS pengetahuan,
           MAX(CASE WHEN c.pillar = %(keterampilan)s THEN 1 ELSE 0 END) AS keterampilan
    FROM {attempt} a JOIN {course} c ON c.page_ptr_id = a.course_id
    WHERE a.kind = %(post_test)s AND a.score IS NOT NULL
      AND a.submitted_at > %(start)s AND a.submitted_at <= %(end)s
    GROUP BY a.user_id
),
observation_evidence AS (
    SELECT DISTINCT o.user_id FROM {observation} o JOIN {course} c ON c.page_ptr_id = o.course_id
    WHERE c.pillar = %(keterampilan)s AND o.observed_on > %(start_date)s AND o.observed_on <= %(as_of)s
),
per_term AS (
    SELECT t.term_id, t.user_id, t.wksbm_id, t.weight,
           tm.pengetahuan, tm.keterampilan, ls.score AS self_assessment,
           tm.participation, ta.attendance,
           (COALESCE(ls.score, 0) + COALESCE(tm.participation, 0) + COALESCE(ta.attendance, 0))
               / NULLIF(
                   CASE WHEN ls.score IS NULL THEN 0 ELSE 1 END
                   + CASE WHEN tm.participation IS NULL THEN 0 ELSE 1 END
                   + CASE WHEN ta.attendance IS NULL THEN 0 ELSE 1 END, 0) AS komitmen,
           COALESCE(pe.pengetahuan, 0) AS evidence_pengetahuan,
           CASE WHEN COALESCE(pe.keterampilan, 0) = 1 OR oe.user_id IS NOT NULL THEN 1 ELSE 0 END
               AS evidence_keterampilan,
           CASE WHEN ls.user_id IS NULL THEN 0 ELSE 1 END AS evidence_komitmen
    FROM terms t
    LEFT JOIN term_modules tm ON tm.term_id = t.term_id
    LEFT JOIN latest_self ls ON ls.user_id = t.user_id
    LEFT JOIN term_attendance ta ON ta.term_id = t.term_id
    LEFT JOIN post_evidence pe ON pe.user_id = t.user_id
    LEFT JOIN observation_evidence oe ON oe.user_id = t.user_id
)
"""

PENGURUS_SELECT = """
SELECT term_id, user_id, wksbm_id, weight, komitmen, pengetahuan, keterampilan,
       self_assessment, participation, attendance,
       evidence_komitmen, evidence_pengetahuan, evidence_keterampilan
FROM per_term ORDER BY wksbm_id, term_id
"""

MODULE_SELECT = """
SELECT m.term_id, m.course_id, m.pillar, m.score, m.done, m.scored
FROM modules m ORDER BY m.term_id, m.course_id
"""

# Role-weighted pillar means per WKSBM, then readiness, coverage and level, all in SQL.
WKSBM_SELECT = """
, per_wksbm AS (
    SELECT w.id AS wksbm_id,
           SUM(pt.weight * pt.komitmen)
               / NULLIF(SUM(CASE WHEN pt.komitmen IS NOT NULL THEN pt.weight END), 0) AS komitmen,
           SUM(pt.weight * pt.pengetahuan)
               / NULLIF(SUM(CASE WHEN pt.pengetahuan IS NOT NULL THEN pt.weight END), 0) AS pengetahuan,
           SUM(pt.weight * pt.keterampilan)
               / NULLIF(SUM(CASE WHEN pt.keterampilan IS NOT NULL THEN pt.weight END), 0) AS keterampilan,
           COUNT(pt.term_id) AS active_pengurus,
           COALESCE(SUM(CASE WHEN pt.evidence_komitmen = 1 AND pt.evidence_pengetahuan = 1
                             AND pt.evidence_keterampilan = 1 THEN 1 ELSE 0 END), 0) AS covered
    FROM {wksbm} w LEFT JOIN per_term pt ON pt.wksbm_id = w.id
    WHERE w.id IN ({wksbm_ids})
    GROUP BY w.id
),
kelembagaan AS (
    -- Rule 7's seam: the latest checklist's score per WKSBM, once checklists are recorded.
    SELECT wksbm_id, CAST(NULL AS NUMERIC) AS score FROM per_wksbm
),
scored AS (
    SELECT pw.wksbm_id, komitmen, pengetahuan, keterampilan, active_pengurus, kl.score AS kelembagaan,
           (k.w_komitmen * komitmen + k.w_pengetahuan * pengetahuan + k.w_keterampilan * keterampilan)
               / (k.w_komitmen + k.w_pengetahuan + k.w_keterampilan) AS readiness,
           CASE WHEN active_pengurus = 0 THEN 0 ELSE 100.0 * covered / active_pengurus END AS coverage
    FROM per_wksbm pw CROSS JOIN knobs k JOIN kelembagaan kl ON kl.wksbm_id = pw.wksbm_id
),
rounded AS (
    -- Rule 8 compares values rounded to six decimals, so both databases agree on every level.
    SELECT scored.*,
           ROUND(CAST(readiness AS NUMERIC), 6) AS r6, ROUND(CAST(coverage AS NUMERIC), 6) AS c6,
           ROUND(CAST(komitmen AS NUMERIC), 6) AS k6, ROUND(CAST(pengetahuan AS NUMERIC), 6) AS p6,
           ROUND(CAST(keterampilan AS NUMERIC), 6) AS s6, ROUND(CAST(kelembagaan AS NUMERIC), 6) AS l6
    FROM scored
)
SELECT wksbm_id, komitmen, pengetahuan, keterampilan, readiness, coverage, active_pengurus,
       CASE
           WHEN c6 < k.coverage_minimum OR r6 IS NULL THEN %(not_enough)s
           WHEN r6 >= k.ready_minimum AND k6 >= k.pillar_minimum AND p6 >= k.pillar_minimum
                AND s6 >= k.pillar_minimum
                AND (%(checklist)s = 0 OR l6 >= k.kelembagaan_minimum) THEN %(ready)s
           WHEN r6 >= k.almost_minimum THEN %(almost)s
           ELSE %(needs)s
       END AS level,
       kelembagaan
FROM rounded CROSS JOIN knobs k ORDER BY wksbm_id
"""


def end_of_day(day: datetime.date, time_zone: str | None = None) -> datetime.datetime:
    """The last moment of `day` in `time_zone` (default: the project's): "as of T" includes all of T."""
    zone = ZoneInfo(time_zone) if time_zone else timezone.get_default_timezone()
    return datetime.datetime.combine(day, datetime.time.max, tzinfo=zone)


def _params(settings: ReadinessParameters, as_of: datetime.date) -> dict:
    ops = connection.ops
    start_date = as_of - datetime.timedelta(days=settings.window_days)
    return {
        "as_of": ops.adapt_datefield_value(as_of),
        "start_date": ops.adapt_datefield_value(start_date),
        "end": ops.adapt_datetimefield_value(end_of_day(as_of, settings.time_zone)),
        "start": ops.adapt_datetimefield_value(end_of_day(start_date, settings.time_zone)),
        "true": True,
        "post_test": QuizKind.POST_TEST,
        "self_assessment": QuizKind.SELF_ASSESSMENT,
        "pengetahuan": Pillar.PENGETAHUAN,
        "keterampilan": Pillar.KETERAMPILAN,
        "w_core": settings.weight_core_jabatan,
        "w_other": settings.weight_other_jabatan,
        "w_komitmen": settings.weight_komitmen,
        "w_pengetahuan": settings.weight_pengetahuan,
        "w_keterampilan": settings.weight_keterampilan,
        "coverage_minimum": settings.coverage_minimum,
        "ready_minimum": settings.ready_minimum,
        "pillar_minimum": settings.ready_pillar_minimum,
        "almost_minimum": settings.almost_ready_minimum,
        "kelembagaan_minimum": settings.kelembagaan_minimum,
        "checklist": int(settings.checklist),
        "not_enough": Level.NOT_ENOUGH_DATA,
        "ready": Level.READY,
        "almost": Level.ALMOST_READY,
        "needs": Level.NEEDS_PEMBINAAN,
    }


def _sql(final: str, wksbm_ids_sql: str) -> str:
    core = ", ".join(f"'{jabatan}'" for jabatan in CORE_JABATAN)  # constants, not user input
    return (TERMS_SQL + final).format(core=core, wksbm_ids=wksbm_ids_sql, **_tables())


def _run(sql: str, params: dict, wksbm_queryset) -> list[tuple]:
    ids_sql, ids_params = wksbm_queryset.values("pk").query.sql_with_params()
    # The scope subquery's own parameters are positional; give them names to join ours.
    named = {f"scope_{n}": value for n, value in enumerate(ids_params)}
    for n in range(len(ids_params)):
        ids_sql = ids_sql.replace("%s", f"%(scope_{n})s", 1)
    with connection.cursor() as cursor:
        cursor.execute(_sql(sql, ids_sql), {**params, **named})
        return cursor.fetchall()


def _number(value) -> float | None:
    return None if value is None else float(value)


def wksbm_readiness(
    wksbm_queryset, *, as_of: datetime.date | None = None, settings: ReadinessParameters | None = None
) -> list[WksbmReadiness]:
    """One row per WKSBM of `wksbm_queryset`, as of `as_of` (default today)."""
    settings = settings or ReadinessParameters()
    rows = _run(WKSBM_SELECT, _params(settings, as_of or timezone.localdate()), wksbm_queryset)
    return [
        WksbmReadiness(
            wksbm_id=row[0],
            komitmen=_number(row[1]),
            pengetahuan=_number(row[2]),
            keterampilan=_number(row[3]),
            readiness=_number(row[4]),
            coverage=float(row[5]),
            active_pengurus=row[6],
            level=row[7],
            kelembagaan=_number(row[8]),
        )
        for row in rows
    ]


def pengurus_readiness(
    wksbm_queryset, *, as_of: datetime.date | None = None, settings: ReadinessParameters | None = None
) -> list[PengurusReadiness]:
    """One row per active pengurus (term) of the WKSBM in `wksbm_queryset`."""
    settings = settings or ReadinessParameters()
    rows = _run(PENGURUS_SELECT, _params(settings, as_of or timezone.localdate()), wksbm_queryset)
    return [
        PengurusReadiness(
            term_id=row[0],
            user_id=row[1],
            wksbm_id=row[2],
            weight=float(row[3]),
            komitmen=_number(row[4]),
            pengetahuan=_number(row[5]),
            keterampilan=_number(row[6]),
            self_assessment=_number(row[7]),
            participation=_number(row[8]),
            attendance=_number(row[9]),
            evidence={
                Pillar.KOMITMEN: bool(row[10]),
                Pillar.PENGETAHUAN: bool(row[11]),
                Pillar.KETERAMPILAN: bool(row[12]),
            },
        )
        for row in rows
    ]


@dataclass(frozen=True)
class ModuleScore:
    """m(p, c) of rule 3 for one assigned module of one active term; `score` is None for a
    komitmen module (it counts through participation only)."""

    term_id: int
    course_id: int
    pillar: str
    score: float | None
    completed: bool
    has_evidence: bool


def module_scores(
    wksbm_queryset, *, as_of: datetime.date | None = None, settings: ReadinessParameters | None = None
) -> list[ModuleScore]:
    """Every assigned module of every active pengurus of `wksbm_queryset`, with its score."""
    settings = settings or ReadinessParameters()
    rows = _run(MODULE_SELECT, _params(settings, as_of or timezone.localdate()), wksbm_queryset)
    return [ModuleScore(row[0], row[1], row[2], _number(row[3]), bool(row[4]), bool(row[5])) for row in rows]


@dataclass(frozen=True)
class SettingsUsed:
    office: DinsosOffice | None
    parameters: ReadinessParameters
    source: ReadinessSettings | None  # None: the brief's defaults, never changed in the admin


def readiness_by_office(
    wksbm_queryset, *, as_of: datetime.date | None = None
) -> tuple[dict[int, WksbmReadiness], list[SettingsUsed]]:
    """Readiness of every WKSBM, each computed with its own office's settings; also says which
    settings were used, one entry per office (and one for WKSBM outside any office).

    Queries: the office codes, the offices, the settings rows, then one readiness query per
    distinct set of parameters, time zone included (offices on the defaults in the project's zone
    share one), whatever the number of WKSBM.
    """
    office_codes = set(
        wksbm_queryset.annotate(office_code=Substr("kelurahan_id", 1, 5))
        .order_by()
        .values_list("office_code", flat=True)
        .distinct()
    )
    offices = list(DinsosOffice.objects.filter(region_id__in=office_codes).order_by("region_id"))
    rows = {
        row.office_id: row
        for row in ReadinessSettings.objects.filter(Q(office__in=[o.pk for o in offices]) | Q(office=None))
    }
    default_row = rows.get(None)
    defaults = ReadinessParameters.from_settings(default_row) if default_row else ReadinessParameters()
    used, own = [], {}  # own: parameters -> the offices that use them instead of the defaults
    for office in offices:
        row = rows.get(office.pk)
        parameters = (ReadinessParameters.from_settings(row) if row else defaults).in_zone(office.time_zone)
        used.append(SettingsUsed(office, parameters, row or default_row))
        if parameters != defaults:
            own.setdefault(parameters, []).append(office)

    def in_offices(group):
        return Q.create([("kelurahan__code__startswith", f"{o.region_id}.") for o in group], connector=Q.OR)

    scores = {}
    for parameters, group in own.items():
        networks = wksbm_queryset.filter(in_offices(group))
        scores |= {row.wksbm_id: row for row in wksbm_readiness(networks, as_of=as_of, settings=parameters)}
    customised = [office for group in own.values() for office in group]
    rest = wksbm_queryset.exclude(in_offices(customised)) if customised else wksbm_queryset
    scores |= {row.wksbm_id: row for row in wksbm_readiness(rest, as_of=as_of, settings=defaults)}
    if office_codes - {o.region_id for o in offices}:
        used.append(SettingsUsed(None, defaults, default_row))
    return scores, used


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


def settings_summary(used: SettingsUsed) -> str:
    """One line naming the settings a report used, for screens, exports and the command."""
    p = used.parameters
    if used.source is None:
        whose = _("the method's default settings")
    elif used.source.office_id:
        whose = _("the office's own settings")
    else:
        whose = _("the site-wide default settings")
    return _(
        "%(office)s, %(whose)s: weights komitmen/pengetahuan/keterampilan %(wk)s/%(wp)s/%(ws)s, "
        "core pengurus %(wc)s, others %(wo)s; Ready from %(ready)s with every pillar from %(pillar)s, "
        "Almost ready from %(almost)s; enough data from %(coverage)s%% coverage; evidence of the last "
        "%(days)s days, each ending at midnight %(zone)s."
    ) % {
        "office": used.office or _("WKSBM without an office"),
        "whose": whose,
        "wk": _plain(p.weight_komitmen),
        "wp": _plain(p.weight_pengetahuan),
        "ws": _plain(p.weight_keterampilan),
        "wc": _plain(p.weight_core_jabatan),
        "wo": _plain(p.weight_other_jabatan),
        "ready": _plain(p.ready_minimum),
        "pillar": _plain(p.ready_pillar_minimum),
        "almost": _plain(p.almost_ready_minimum),
        "coverage": _plain(p.coverage_minimum),
        "days": p.window_days,
        "zone": _zone_name(p.time_zone),
    }


def _zone_name(time_zone: str) -> str:
    """WIB, WITA or WIT for the zones of Indonesia; the zone's own name for any other."""
    zones = dict(DinsosOffice.TimeZone.choices)
    return str(zones.get(time_zone, time_zone))

#!/usr/bin/env python3
"""Writes estrie-inventory.json: a SYNTHETIC resource inventory for the Estrie demo (see README.md).

Every organisation, site, service, capacity, agreement, corridor, role, name and number below is invented
for trying the suite; only the RLS/CLSC territory codes and town names are real. Deterministic: running it
again writes the same file.

Format: {"notice": ..., "items": [{"key", "route", "body"}]}, loaded in order through the inventory API;
a string "@key" in a body stands for the id the API gave the item with that key.
"""
import json
from pathlib import Path

S = " (synthétique)"
items = []


def add(key, route, body):
    items.append({"key": key, "route": route, "body": body})
    return "@" + key


def org(key, name, kind, parent=None, **extra):
    return add(key, "organizations", {"name": name + S, "type": kind, "parentOrganizationId": parent,
                                      "description": "Organisation fictive de la démonstration.", **extra})


def site(key, name, organization, lat, lon, street, city, postal, **extra):
    return add(key, "sites", {"name": name + S, "organizationId": organization, "type": "physical",
                              "latitude": lat, "longitude": lon,
                              "address": {"address1": street, "city": city, "stateProvince": "QC", "postalCode": postal, "country": "CA"},
                              "languages": ["fr", "en"], **extra})


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]


def hours(opens="08:00", closes="16:00", days=WEEKDAYS):
    return [{"day": d, "opensAt": opens, "closesAt": closes} for d in days]


def service(key, name, organization, program, level, sites, modes=("on-site",), **extra):
    return add(key, "services", {"name": name + S, "organizationId": organization, "program": program, "level": level,
                                 "siteIds": list(sites), "deliveryModes": list(modes), "languages": ["fr", "en"],
                                 "schedules": hours(), **extra})


def capacity(key, svc, unit, value, as_of, site_=None, description=None):
    return add(key, "capacities", {"serviceId": svc, "siteId": site_, "unit": unit, "value": value, "asOf": as_of,
                                   "description": description})


# (rls, clsc, town, lat, lon, postal) — towns of the demo territories' synthetic DAs.
RLS = [
    ("0511", "05111", "Cowansville", 45.2045, -72.7470, "J2K 1A1"),
    ("0512", "05121", "Granby", 45.4015, -72.7290, "J2G 1A1"),
    ("0513", "05131", "Magog", 45.2685, -72.1460, "J1X 1A1"),
    ("0514", "05141", "Coaticook", 45.1365, -71.8010, "J1A 1A1"),
    ("0515", "05151", "Sherbrooke", 45.4105, -71.8570, "J1G 1A1"),
    ("0516", "05161", "Windsor", 45.5685, -72.0020, "J1S 1A1"),
    ("0517", "05171", "Val-des-Sources", 45.7685, -71.9320, "J1T 1A1"),
    ("0518", "05181", "East Angus", 45.4845, -71.6640, "J0B 1R0"),
    ("0519", "05191", "Lac-Mégantic", 45.5805, -70.8810, "G6B 1A1"),
]

ciusss = org("ciusss", "CIUSSS de l'Estrie – CHUS", "integrated-centre", email="demo@example.org", website="https://example.org")
hospital = org("chus", "CHUS – Hôpital de Fleurimont", "hospital", ciusss)
hospital_site = site("chus-site", "Hôpital de Fleurimont", hospital, 45.4065, -71.8590, "3001 12e Avenue Nord", "Sherbrooke", "J1H 5N4",
                     accessibilityNotes="Entrées accessibles, stationnement réservé.")
rehab = org("crdp", "Centre de réadaptation de l'Estrie", "establishment", ciusss)
rehab_site = site("crdp-site", "Centre de réadaptation", rehab, 45.3940, -71.9100, "300 rue King Est", "Sherbrooke", "J1G 1B1")
chsld = org("chsld", "CHSLD Sherbrooke", "establishment", ciusss)
chsld_site = site("chsld-site", "CHSLD Sherbrooke", chsld, 45.3935, -71.9125, "375 rue Argyll", "Sherbrooke", "J1J 3H5")
pharmacy = org("pharmacie", "Pharmacie du Plateau", "pharmacy")
pharmacy_site = site("pharmacie-site", "Pharmacie du Plateau", pharmacy, 45.4110, -71.8550, "1000 rue du Plateau", "Sherbrooke", "J1H 1A1")
school = org("cssrs", "Centre de services scolaire de la Région-de-Sherbrooke", "school")
school_site = site("ecole-site", "École secondaire du Triolet", school, 45.3925, -71.9110, "2965 boulevard de l'Université", "Sherbrooke", "J1K 2X6")
police = org("police", "Service de police de Sherbrooke", "police")
police_site = site("police-site", "Poste de police central", police, 45.4000, -71.8950, "465 rue Saint-Charles", "Sherbrooke", "J1H 3G4")
city = org("ville", "Ville de Sherbrooke", "municipality")
city_site = site("ville-site", "Hôtel de ville", city, 45.4030, -71.8920, "191 rue du Palais", "Sherbrooke", "J1H 5H9")
proximity = site("proximite", "Équipe de proximité mobile", ciusss, None, None, "", "", "",
                 type="mobile", servesTerritories=["0515", "0518"], address=None, phones=[{"number": "819-555-0199", "type": "cell"}])

clsc_sites, gmfs, community = {}, {}, {}
for rls, clsc, town, lat, lon, postal in RLS:
    clsc_org = org(f"clsc-{clsc}", f"CLSC {town}", "clsc", ciusss)
    clsc_sites[rls] = site(f"clsc-{clsc}-site", f"CLSC {town}", clsc_org, lat, lon, "50 rue Principale", town, postal)
    gmf = org(f"gmf-{clsc}", f"GMF {town}", "gmf")
    gmf_site = site(f"gmf-{clsc}-site", f"GMF {town}", gmf, round(lat + 0.002, 4), round(lon + 0.002, 4), "120 rue Principale", town, postal)
    gmfs[rls] = (gmf, gmf_site)
    co = org(f"org-{clsc}", f"Maison de la famille {town}", "community-organization")
    co_site = site(f"org-{clsc}-site", f"Maison de la famille {town}", co, round(lat - 0.002, 4), round(lon - 0.002, 4), "10 rue de l'Église", town, postal)
    community[rls] = (co, co_site)
    s = clsc_sites[rls]
    vax = service(f"vaccination-{clsc}", f"Vaccination – {town}", clsc_org, 1, "promotion-prevention", [s])
    general = service(f"aaor-{clsc}", f"Accueil, analyse, orientation et référence – {town}", clsc_org, 2, "first-line", [s],
                      modes=("on-site", "virtual"), eligibility={"criteria": "Toute personne du territoire"})
    sad = service(f"sad-{clsc}", f"Soutien à domicile – {town}", clsc_org, 3, "rehabilitation-long-term-support", [s],
                  modes=("outreach",), eligibility={"minimumAge": 65, "criteria": "Perte d'autonomie"})
    youth = service(f"jeunes-{clsc}", f"Services jeunesse – {town}", clsc_org, 6, "first-line", [s], eligibility={"maximumAge": 17})
    mental = service(f"gasma-{clsc}", f"Guichet d'accès santé mentale adulte – {town}", clsc_org, 8, "first-line", [s],
                     eligibility={"minimumAge": 18})
    family = service(f"gmf-{clsc}-medecine", f"Médecine familiale – {town}", gmf, 9, "first-line", [gmf_site],
                     schedules=hours("08:00", "20:00") + hours("09:00", "12:00", ["saturday"]))
    support = service(f"org-{clsc}-soutien", f"Soutien aux familles – {town}", co, 6, "promotion-prevention", [co_site])
    capacity(f"cap-sad-{clsc}-2024", sad, "hours-per-week", 300, "2024-04-01", s)
    capacity(f"cap-sad-{clsc}-2025", sad, "hours-per-week", 320 + 10 * len(clsc_sites), "2025-04-01", s, "Heures de soins et services à domicile")
    capacity(f"cap-gasma-{clsc}", mental, "fte", 4 + len(clsc_sites) / 2, "2025-04-01", s, "Intervenants")
    capacity(f"cap-gmf-{clsc}", family, "fte", 6 + len(clsc_sites), "2025-04-01", gmf_site, "Médecins de famille")
    capacity(f"cap-vax-{clsc}", vax, "visits-per-year", 2500 + 250 * len(clsc_sites), "2025-04-01", s)
    capacity(f"cap-aaor-{clsc}", general, "fte", 3, "2025-04-01", s)
    capacity(f"cap-jeunes-{clsc}", youth, "fte", 2.5, "2025-04-01", s)
    capacity(f"cap-soutien-{clsc}", support, "places", 40, "2025-04-01", co_site)

cardio = service("cardio", "Cardiologie", hospital, 9, "second-line", [hospital_site])
neuro = service("neurochirurgie", "Neurochirurgie", hospital, 9, "third-line", [hospital_site])
psy = service("psychiatrie", "Psychiatrie externe adulte", hospital, 8, "second-line", [hospital_site])
palliative = service("palliatifs", "Unité de soins palliatifs", hospital, 9, "end-of-life", [hospital_site],
                     schedules=hours("00:00", "23:59", WEEKDAYS + ["saturday", "sunday"]))
dp = service("dp", "Réadaptation en déficience physique", rehab, 4, "rehabilitation-long-term-support", [rehab_site])
ditsa = service("ditsa", "Services spécialisés DI-TSA", rehab, 5, "second-line", [rehab_site], eligibility={"maximumAge": 21})
chsld_care = service("chsld-soins", "Hébergement de longue durée", chsld, 3, "rehabilitation-long-term-support", [chsld_site])
addictions = service("dependances", "Services en dépendances", ciusss, 7, "second-line", [hospital_site, proximity], modes=("on-site", "outreach"))
outreach = service("proximite-service", "Intervention de proximité", ciusss, 7, "first-line", [proximity], modes=("outreach",))
pharmacy_service = service("pharmacie-service", "Vaccination en pharmacie", pharmacy, 1, "promotion-prevention", [pharmacy_site])
school_service = service("ecole-service", "Promotion de la santé mentale à l'école", school, 1, "promotion-prevention", [school_site],
                         eligibility={"minimumAge": 12, "maximumAge": 17})
police_service = service("police-service", "Équipe mixte police–intervenants", police, 8, "first-line", [police_site], modes=("outreach",))
city_service = service("ville-service", "Saines habitudes de vie en parc", city, 1, "promotion-prevention", [city_site])
for key, svc, unit, value, site_ in [("cardio", cardio, "beds", 32, hospital_site), ("neuro", neuro, "beds", 18, hospital_site),
                                     ("psy", psy, "fte", 12, hospital_site), ("palliatifs", palliative, "beds", 12, hospital_site),
                                     ("dp", dp, "places", 60, rehab_site), ("ditsa", ditsa, "fte", 15, rehab_site),
                                     ("chsld", chsld_care, "beds", 128, chsld_site), ("dependances", addictions, "fte", 9, hospital_site),
                                     ("proximite", outreach, "fte", 5, proximity)]:
    capacity(f"cap-{key}", svc, unit, value, "2025-04-01", site_)


def agreement(key, title, program, provider, requester, **extra):
    return add(key, "agreements", {"title": title + S, "program": program, "validFrom": "2024-04-01", "validTo": "2027-03-31",
                                   "parties": [{"organizationId": provider, "role": "provider"}, {"organizationId": requester, "role": "requester"}],
                                   "referralMethod": "central-access-desk", "reportingFrequency": "quarterly", **extra})


def corridor(key, name, program, level, source, target, agreement_=None):
    return add(key, "corridors", {"name": name + S, "program": program, "level": level, "fromOrganizationId": source,
                                  "toOrganizationId": target, "agreementId": agreement_, "validFrom": "2024-04-01"})


def reported_delays(index):
    """Two quarters of delays as the access desk would report them (invented): some RLS above the maximum."""
    source = "Tableau de bord du guichet d'accès" + S
    return [{"priority": "P1", "period": "2026-Q1", "days": 4 + index % 3, "source": source},
            {"priority": "P1", "period": "2026-Q2", "days": 5 + index % 4, "source": source},
            {"priority": "P2", "period": "2026-Q1", "days": 22 + 5 * (index % 3), "source": source},
            {"priority": "P2", "period": "2026-Q2", "days": 24 + 6 * (index % 3), "source": source}]


for index, (rls, clsc, town, *_) in enumerate(RLS):
    clsc_org = f"@clsc-{clsc}"
    mh = agreement(f"entente-psy-{clsc}", f"Entente psychiatrie – CLSC {town}", 8, hospital, clsc_org,
                   volumes=[{"description": "Consultations psychiatriques", "quantity": 150, "unit": "consultations", "period": "année"}],
                   maximumDelays=[{"priority": "P1", "days": 7}, {"priority": "P2", "days": 30}],
                   reportedDelays=reported_delays(index),
                   accessCriteria="Évaluation de première ligne complétée")
    corridor(f"corridor-psy-{clsc}", f"CLSC {town} → psychiatrie externe", 8, "second-line", clsc_org, hospital, mh)
    gmf = gmfs[rls][0]
    cardio_agreement = agreement(f"entente-cardio-{clsc}", f"Entente cardiologie – GMF {town}", 9, hospital, gmf,
                                 volumes=[{"description": "Consultations", "quantity": 200, "unit": "consultations", "period": "année"}],
                                 maximumDelays=[{"priority": "B", "days": 10}, {"priority": "C", "days": 28}],
                                 referralMethod="electronic-platform")
    corridor(f"corridor-cardio-{clsc}", f"GMF {town} → cardiologie", 9, "second-line", gmf, hospital, cardio_agreement)
    corridor(f"corridor-dp-{clsc}", f"CLSC {town} → réadaptation DP", 4, "rehabilitation-long-term-support", clsc_org, rehab)
    co = community[rls][0]
    agreement(f"entente-famille-{clsc}", f"Entente de collaboration – Maison de la famille {town}", 6, co, clsc_org,
              volumes=[{"description": "Familles accompagnées", "quantity": 80, "unit": "familles", "period": "année"}],
              referralMethod="phone", reportingFrequency="annual")
crisis = agreement("entente-police", "Entente équipe mixte police–CIUSSS", 8, ciusss, police, referralMethod="phone", reportingFrequency="monthly")
corridor("corridor-police", "Police → intervention de crise", 8, "first-line", police, ciusss, crisis)
corridor("corridor-neuro", "CHSLD Sherbrooke → neurochirurgie (tertiaire)", 9, "third-line", chsld, hospital)
corridor("corridor-palliatifs", "CHSLD → soins palliatifs", 9, "end-of-life", chsld, hospital)

PROGRAMS = {1: "Santé publique", 2: "Services généraux", 3: "SAPA", 4: "Déficience physique", 5: "DI-TSA",
            6: "Jeunes en difficulté", 7: "Dépendances", 8: "Santé mentale", 9: "Santé physique"}
for program, label in PROGRAMS.items():
    for territory in ["051", "0515"] if program in (3, 8) else ["051"]:
        add(f"roles-{program}-{territory}", "responsibilities", {
            "program": program, "territoryCode": territory,
            "clinicalAdministrativeManager": {"name": f"Gestionnaire {label} {territory} (fictif)", "title": "Directrice adjointe", "organizationId": ciusss},
            "medicalManager": {"name": f"Médecin responsable {label} {territory} (fictif)", "title": "Chef médical", "organizationId": ciusss},
            "assignments": [
                {"responsibility": "Suivi des corridors de services", "holder": "Direction du programme", "role": "accountable"},
                {"responsibility": "Suivi des corridors de services", "holder": "Coordination clinique", "role": "responsible"},
                {"responsibility": "Suivi des corridors de services", "holder": "Partenaires communautaires", "role": "consulted"},
                {"responsibility": "Suivi des corridors de services", "holder": "Comité de coordination RLS", "role": "informed"},
            ],
            "notes": "Rôles fictifs de démonstration.", "validFrom": "2024-04-01"})

REFERENCE = "Exemple synthétique : références à documenter par le comité du projet clinique."
models = {
    "modele-proximite": ("Équipe de proximité", [7, 8], ["accessibility", "continuity"]),
    "modele-gasma": ("Guichet d'accès unique en santé mentale", [8], ["accessibility", "continuity"]),
    "modele-sad-intensif": ("Soutien à domicile intensif", [3], ["capacity", "continuity"]),
    "modele-ips": ("Infirmière praticienne spécialisée en GMF", [9], ["accessibility", "capacity"]),
    "modele-ecole": ("Promotion de la santé en milieu scolaire", [1, 6], ["quality"]),
}
for key, (name, programs, gaps) in models.items():
    add(key, "clinical-models", {"name": name + S, "programs": programs, "gapTypes": gaps,
                                 "description": "Modèle clinique fictif de démonstration.", "evidenceReferences": [REFERENCE]})
add("collab-proximite", "collaborations", {"clinicalModelId": "@modele-proximite", "organizationIds": [ciusss, "@org-05151", police],
                                           "territoryCodes": ["0515", "0518"], "decision": "reinforce", "program": 8, "validFrom": "2024-04-01"})
add("collab-gasma", "collaborations", {"clinicalModelId": "@modele-gasma", "organizationIds": [f"@clsc-{c}" for _, c, *_ in RLS],
                                       "territoryCodes": [r for r, *_ in RLS], "decision": "keep", "program": 8})
add("collab-sad", "collaborations", {"clinicalModelId": "@modele-sad-intensif", "organizationIds": ["@clsc-05191", "@clsc-05181"],
                                     "territoryCodes": ["0519", "0518"], "decision": "new", "program": 3, "validFrom": "2026-04-01"})
add("collab-ips", "collaborations", {"clinicalModelId": "@modele-ips", "organizationIds": ["@gmf-05141", "@gmf-05171"],
                                     "territoryCodes": ["0514", "0517"], "decision": "new", "program": 9})
add("collab-ecole", "collaborations", {"clinicalModelId": "@modele-ecole", "organizationIds": [school, ciusss],
                                       "territoryCodes": ["05151"], "decision": "keep", "program": 1})

document = {
    "notice": "SYNTHETIC demo inventory for the Estrie: every organisation, site, service, number, agreement, corridor, "
              "role and person is invented; only territory codes and town names are real. Generated by generate_estrie_inventory.py.",
    "items": items,
}
Path(__file__).with_name("estrie-inventory.json").write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(items)} items")

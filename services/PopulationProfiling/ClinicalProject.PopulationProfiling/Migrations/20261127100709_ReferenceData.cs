using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ClinicalProject.PopulationProfiling.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeprivationIndexes",
                columns: table => new
                {
                    Version = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    HierarchyVersion = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ContentHash = table.Column<string>(type: "char(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    DaCount = table.Column<int>(type: "int", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeprivationIndexes", x => x.Version);
                    table.ForeignKey(
                        name: "FK_DeprivationIndexes_TerritoryHierarchies_HierarchyVersion",
                        column: x => x.HierarchyVersion,
                        principalTable: "TerritoryHierarchies",
                        principalColumn: "Version",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StandardPopulations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    NameFr = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Weights = table.Column<string>(type: "varchar(1000)", unicode: false, maxLength: 1000, nullable: false),
                    BuiltIn = table.Column<bool>(type: "bit", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardPopulations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "DeprivationScores",
                columns: table => new
                {
                    IndexVersion = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DaCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    MaterialScore = table.Column<double>(type: "float", nullable: true),
                    SocialScore = table.Column<double>(type: "float", nullable: true),
                    MaterialQuintile = table.Column<byte>(type: "tinyint", nullable: false),
                    SocialQuintile = table.Column<byte>(type: "tinyint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeprivationScores", x => new { x.IndexVersion, x.DaCode });
                    table.ForeignKey(
                        name: "FK_DeprivationScores_DeprivationIndexes_IndexVersion",
                        column: x => x.IndexVersion,
                        principalTable: "DeprivationIndexes",
                        principalColumn: "Version",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    NameFr = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Domain = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    MeasureType = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Multiplier = table.Column<double>(type: "float", nullable: false),
                    Polarity = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    ServicePrograms = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    NumeratorSource = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    NumeratorAgeFrom = table.Column<int>(type: "int", nullable: true),
                    NumeratorAgeTo = table.Column<int>(type: "int", nullable: true),
                    DenominatorAgeFrom = table.Column<int>(type: "int", nullable: true),
                    DenominatorAgeTo = table.Column<int>(type: "int", nullable: true),
                    StandardPopulationCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    NumeratorDefinition = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    DenominatorDefinition = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Indicators_StandardPopulations_StandardPopulationCode",
                        column: x => x.StandardPopulationCode,
                        principalTable: "StandardPopulations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "DenominatorAgeFrom", "DenominatorAgeTo", "DenominatorDefinition", "Domain", "MeasureType", "Multiplier", "NameEn", "NameFr", "NumeratorAgeFrom", "NumeratorAgeTo", "NumeratorDefinition", "NumeratorSource", "Polarity", "Revision", "ServicePrograms", "StandardPopulationCode", "UpdatedAtUtc" },
                values: new object[,]
                {
                    { "copd-prevalence", 35, null, "Population de 35 ans et plus.", "socio-sanitary", "proportion", 100.0, "COPD prevalence", "Prévalence de la MPOC", 35, null, "Personnes de 35 ans et plus ayant un diagnostic de maladie pulmonaire obstructive chronique (SISMACQ).", "counts", "low-is-good", 1, "1,9", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "diabetes-prevalence", 20, null, "Population de 20 ans et plus.", "socio-sanitary", "proportion", 100.0, "Diabetes prevalence", "Prévalence du diabète", 20, null, "Personnes de 20 ans et plus ayant un diagnostic de diabète (SISMACQ).", "counts", "low-is-good", 1, "1,9", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "er-visits", null, null, "Population totale.", "service-usage", "crude-rate", 1000.0, "Emergency department visits", "Visites à l'urgence", null, null, "Visites à l'urgence des résidents du territoire, toutes installations (BDCU).", "counts", "low-is-good", 1, "2,9", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "fall-hospitalisations-65-plus", 65, null, "Population de 65 ans et plus.", "service-usage", "crude-rate", 1000.0, "Hospitalisations for falls, aged 65 and over", "Hospitalisations pour chute, 65 ans et plus", 65, null, "Hospitalisations pour une chute, personnes de 65 ans et plus (MED-ÉCHO).", "counts", "low-is-good", 1, "3,9", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "family-doctor-attachment", null, null, "Population totale.", "service-usage", "proportion", 100.0, "Attachment to a family doctor", "Inscription auprès d'un médecin de famille", null, null, "Personnes inscrites auprès d'un médecin de famille ou d'un GMF (GAMF).", "counts", "high-is-good", 1, "2,9", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "gp-visits-per-person", null, null, "Population totale.", "service-usage", "mean", 1.0, "Physician visits per person", "Visites médicales par personne", null, null, "Visites chez un omnipraticien des résidents (RAMQ).", "counts", "none", 1, "2", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "home-support-users-65-plus", 65, null, "Population de 65 ans et plus.", "service-usage", "proportion", 100.0, "Home support users, aged 65 and over", "Usagers du soutien à domicile, 65 ans et plus", 65, null, "Personnes de 65 ans et plus ayant reçu des services de soutien à domicile (I-CLSC).", "counts", "none", 1, "3", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "living-alone", 15, null, "Population de 15 ans et plus.", "socio-economic", "proportion", 100.0, "People living alone", "Personnes vivant seules", 15, null, "Personnes de 15 ans et plus vivant seules dans un ménage privé (recensement).", "counts", "none", 1, "3,8", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "low-income", null, null, "Population totale.", "socio-economic", "proportion", 100.0, "People with low income", "Personnes à faible revenu", null, null, "Personnes vivant sous la mesure de faible revenu après impôt (recensement).", "counts", "low-is-good", 1, "1,2", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "mental-health-first-line-users", null, null, "Population totale.", "service-usage", "crude-rate", 1000.0, "First-line mental health service users", "Usagers des services de santé mentale de première ligne", null, null, "Personnes ayant reçu des services de santé mentale de première ligne (I-CLSC).", "counts", "none", 1, "8", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "mortality-ratio", null, null, "Décès attendus selon les taux par âge et sexe du territoire de référence (province).", "socio-sanitary", "indirectly-standardised-ratio", 100.0, "Standardised mortality ratio", "Rapport de mortalité standardisé", null, null, "Décès, toutes causes.", "counts", "low-is-good", 1, "1", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "population", null, null, "Aucun (dénombrement).", "demographic", "count", 1.0, "Total population", "Population totale", null, null, "Personnes résidant sur le territoire (estimation ou projection).", "population", "none", 1, "", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "seniors-75-plus", null, null, "Population totale.", "demographic", "proportion", 100.0, "People aged 75 and over", "Personnes de 75 ans et plus", 75, null, "Personnes de 75 ans et plus.", "population", "none", 1, "3", null, new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) }
                });

            migrationBuilder.InsertData(
                table: "StandardPopulations",
                columns: new[] { "Code", "BuiltIn", "NameEn", "NameFr", "UpdatedAtUtc", "Weights" },
                values: new object[] { "esp2013", true, "2013 European Standard Population", "Population type européenne 2013", new DateTime(2013, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "5000,5500,5500,5500,6000,6000,6500,7000,7000,7000,7000,6500,6000,5500,5000,4000,2500,1500,1000" });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "DenominatorAgeFrom", "DenominatorAgeTo", "DenominatorDefinition", "Domain", "MeasureType", "Multiplier", "NameEn", "NameFr", "NumeratorAgeFrom", "NumeratorAgeTo", "NumeratorDefinition", "NumeratorSource", "Polarity", "Revision", "ServicePrograms", "StandardPopulationCode", "UpdatedAtUtc" },
                values: new object[,]
                {
                    { "hospitalisations", null, null, "Population totale.", "service-usage", "directly-standardised-rate", 1000.0, "Physical health hospitalisations", "Hospitalisations en soins physiques", null, null, "Hospitalisations de courte durée en soins physiques des résidents (MED-ÉCHO).", "counts", "low-is-good", 1, "9", "esp2013", new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { "premature-mortality", null, 74, "Population de moins de 75 ans.", "socio-sanitary", "directly-standardised-rate", 100000.0, "Premature mortality", "Mortalité prématurée", null, 74, "Décès avant 75 ans, toutes causes (registre des événements démographiques).", "counts", "low-is-good", 1, "1,9", "esp2013", new DateTime(2026, 11, 27, 0, 0, 0, 0, DateTimeKind.Utc) }
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeprivationIndexes_HierarchyVersion",
                table: "DeprivationIndexes",
                column: "HierarchyVersion");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_StandardPopulationCode",
                table: "Indicators",
                column: "StandardPopulationCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeprivationScores");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "DeprivationIndexes");

            migrationBuilder.DropTable(
                name: "StandardPopulations");
        }
    }
}

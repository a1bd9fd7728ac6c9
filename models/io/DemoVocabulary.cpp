// Sector skills and equipment (real manufacturers and models) and the text templates of the demo
// generator.
#include "DemoVocabulary.h"

#include <QtGlobal>

namespace ed::demo {

const std::vector<Sector> &sectors()
{
    static const std::vector<Sector> list = {
        { "BME", "Biomedical Engineer", "Medical Technology", "Medical Systems", 12,
          { "MRI maintenance", "CT scanner service", "Ultrasound calibration", "Patient monitor repair",
            "Dialysis machine service", "Radiotherapy linac QA", "Medical gas systems", "Ventilator service" },
          { { "Siemens Healthineers", "Magnetom Aera", "MRI scanner" }, { "GE HealthCare", "Signa Explorer", "MRI scanner" },
            { "Philips", "Ingenia 1.5T", "MRI scanner" }, { "Siemens Healthineers", "Somatom go.Top", "CT scanner" },
            { "Canon Medical", "Aquilion Prime SP", "CT scanner" }, { "Varian", "TrueBeam", "linear accelerator" },
            { "Fresenius", "5008S", "dialysis machine" }, { "Philips", "EPIQ Elite", "ultrasound system" },
            { "Mindray", "BeneVision N12", "patient monitor" }, { "Dräger", "Evita V500", "ventilator" } } },
        { "MFG", "Production Engineer", "Advanced Manufacturing", "Industries", 9,
          { "CNC programming (G-code)", "CNC machine maintenance", "PLC troubleshooting", "Lean manufacturing",
            "Industrial robot programming", "Hydraulics and pneumatics", "CAD/CAM" },
          { { "Haas", "VF-2", "CNC vertical machining centre" }, { "DMG Mori", "DMU 50", "5-axis machining centre" },
            { "Mazak", "Integrex i-200", "multitasking lathe" }, { "Fanuc", "M-20iD/25", "industrial robot" },
            { "Siemens", "SIMATIC S7-1500", "PLC" }, { "Trumpf", "TruLaser 3030", "laser cutting machine" },
            { "KUKA", "KR 210 R2700", "industrial robot" } } },
        { "RE", "Renewable Energy Engineer", "Renewable Energy", "Power", 8,
          { "Wind turbine maintenance", "Solar PV design", "Inverter troubleshooting", "Blade inspection and repair",
            "Battery storage commissioning", "Grid integration" },
          { { "Vestas", "V90-2.0 MW", "wind turbine" }, { "Siemens Gamesa", "SG 5.0-145", "wind turbine" },
            { "Nordex", "N117/3600", "wind turbine" }, { "SMA", "Sunny Central 2500-EV", "central inverter" },
            { "Huawei", "SUN2000-100KTL", "string inverter" }, { "Jinko Solar", "Tiger Neo 580W", "PV module" },
            { "Tesla", "Megapack", "battery energy storage system" } } },
        { "ENG", "Mechanical Engineer", "Engineering Sciences", "Engineering", 6,
          { "Finite element analysis", "Materials testing", "Metrology", "Vibration analysis", "Control systems",
            "Structural testing" },
          { { "Instron", "5985", "universal testing machine" }, { "Zeiss", "Contura", "coordinate measuring machine" },
            { "Hexagon", "Absolute Arm 8330", "portable CMM" }, { "MTS", "Landmark 370", "servo-hydraulic test system" },
            { "National Instruments", "PXIe-1085", "data acquisition chassis" },
            { "Brüel & Kjær", "LAN-XI 3050", "vibration analyser" } } },
        { "AUTO", "Automotive Engineer", "Automotive Engineering", "Motors", 5,
          { "Engine diagnostics", "EV battery service", "CAN bus diagnostics", "Paint shop robotics",
            "Vehicle homologation testing" },
          { { "Bosch", "KTS 590", "diagnostic tester" }, { "AVL", "PUMA Open 2", "engine test bed" },
            { "Dürr", "EcoRP E043i", "paint robot" }, { "Hunter", "Hawkeye Elite", "wheel aligner" },
            { "Vector", "CANoe 17", "network analysis tool" }, { "MAHA", "MSR 500", "chassis dynamometer" } } },
        { "AERO", "Aircraft Maintenance Engineer", "Aeronautics", "Aviation Services", 4,
          { "Aircraft structural repair", "Avionics maintenance", "Turbine engine overhaul", "NDT inspection",
            "Composite repair" },
          { { "CFM International", "CFM56-7B", "turbofan engine" }, { "Pratt & Whitney Canada", "PW127M", "turboprop engine" },
            { "Evident (Olympus)", "OmniScan X3", "phased-array flaw detector" }, { "Honeywell", "Primus Epic", "avionics suite" },
            { "Airbus", "A320neo", "airframe" }, { "ATR", "72-600", "airframe" } } },
        { "MAR", "Marine Engineer", "Marine Sciences", "Shipyards", 3,
          { "Marine diesel engine overhaul", "Ship hull inspection", "Navigation systems", "Port crane maintenance",
            "Marine electrical systems" },
          { { "Wärtsilä", "W31", "marine diesel engine" }, { "MAN Energy Solutions", "B&W 6S50ME-C", "two-stroke engine" },
            { "Kongsberg", "K-Sim Navigation", "ship simulator" }, { "Liebherr", "LHM 550", "mobile harbour crane" },
            { "Furuno", "FAR-3000", "radar" }, { "ABB", "Azipod XO", "propulsion unit" } } },
        { "MIN", "Mining Engineer", "Mining and Metallurgy", "Mining", 4,
          { "Mineral processing", "Mine ventilation", "Heavy equipment maintenance", "Metallurgical analysis",
            "Blasting design" },
          { { "Caterpillar", "797F", "haul truck" }, { "Komatsu", "PC8000-11", "hydraulic excavator" },
            { "Sandvik", "DD422i", "development drill rig" }, { "Metso", "Nordberg HP500", "cone crusher" },
            { "Thermo Fisher Scientific", "Niton XL5 Plus", "XRF analyser" }, { "Epiroc", "Boomer S2", "face drilling rig" } } },
        { "IT", "Systems Engineer", "Information Technology", "Telematics", 10,
          { "Linux server administration", "Network engineering", "Cybersecurity", "Database administration",
            "Cloud infrastructure", "HPC cluster management" },
          { { "Dell", "PowerEdge R750", "rack server" }, { "HPE", "ProLiant DL380 Gen10", "rack server" },
            { "Cisco", "Catalyst 9300", "network switch" }, { "Fortinet", "FortiGate 600E", "firewall" },
            { "IBM", "FlashSystem 5200", "storage array" }, { "NetApp", "AFF A400", "storage array" },
            { "Huawei", "FusionServer 2288H V5", "rack server" } } },
        { "AGR", "Agricultural Engineer", "Agricultural Research", "Agro Industries", 6,
          { "Irrigation systems", "Soil analysis", "Precision agriculture", "Greenhouse climate control",
            "Agricultural machinery maintenance", "Seed technology" },
          { { "John Deere", "8R 370", "tractor" }, { "Netafim", "NetBeat", "irrigation controller" },
            { "Valley Irrigation", "8000 Series", "centre pivot" }, { "Claas", "Lexion 8900", "combine harvester" },
            { "Foss", "NIRS DS3", "grain analyser" }, { "Priva", "Connext", "greenhouse controller" } } },
        { "URB", "Urban Planner", "Urban Studies", "Smart City Solutions", 3,
          { "GIS mapping", "Smart traffic management", "Water network modelling", "BIM coordination",
            "IoT sensor networks" },
          { { "Esri", "ArcGIS Pro", "GIS software" }, { "Siemens Mobility", "Sitraffic Concert", "traffic control system" },
            { "Bentley", "OpenFlows WaterGEMS", "water network software" }, { "Trimble", "SX12", "scanning total station" } } },
        { "ARCH", "Architect", "Architecture and Planning", "Design Consultants", 3,
          { "Building information modelling", "Energy-efficient building design", "Heritage conservation",
            "Structural design review", "Lighting design" },
          { { "Autodesk", "Revit 2024", "BIM software" }, { "Graphisoft", "Archicad 27", "BIM software" },
            { "Leica Geosystems", "RTC360", "3D laser scanner" }, { "FARO", "Focus Premium", "laser scanner" } } },
        { "FOOD", "Food Technologist", "Food Technology", "Foods", 5,
          { "Food safety (HACCP)", "Dairy processing", "Packaging line maintenance", "Cold chain management",
            "Food analysis" },
          { { "Tetra Pak", "A3/Flex", "aseptic filling machine" }, { "GEA", "Ariete Homogenizer 3110", "homogeniser" },
            { "Bühler", "Antares", "roller mill" }, { "Krones", "Modulfill HRS", "bottle filler" },
            { "Alfa Laval", "Clara 200", "separator" }, { "Agilent", "1260 Infinity II", "HPLC system" } } },
        { "LIV", "Veterinary Engineer", "Animal Production", "Livestock", 3,
          { "Animal health diagnostics", "Artificial insemination", "Feed formulation", "Veterinary ultrasound",
            "Milking system maintenance", "Poultry house management" },
          { { "DeLaval", "VMS V300", "milking robot" }, { "Lely", "Astronaut A5", "milking robot" },
            { "IDEXX", "ProCyte Dx", "haematology analyser" }, { "Minitube", "AndroVision", "semen analyser" },
            { "Big Dutchman", "ViperTouch", "poultry house controller" }, { "Mindray", "DP-50 Vet", "veterinary ultrasound" } } },
        { "OG", "Petroleum Engineer", "Petroleum Research", "Petroleum", 6,
          { "Gas turbine maintenance", "Pipeline integrity", "Drilling operations", "Process control (DCS)",
            "Refinery instrumentation", "Corrosion engineering" },
          { { "Solar Turbines", "Titan 130", "gas turbine" }, { "GE Vernova", "LM6000PF", "aeroderivative gas turbine" },
            { "Emerson", "DeltaV", "distributed control system" }, { "Honeywell", "Experion PKS", "distributed control system" },
            { "Yokogawa", "CENTUM VP", "distributed control system" }, { "ROSEN", "RoCorr MFL-A", "inline inspection tool" } } },
        { "PHARM", "Pharmaceutical Engineer", "Pharmaceutical Sciences", "Pharmaceuticals", 5,
          { "GMP compliance", "HPLC method validation", "Tablet compression", "Cleanroom validation",
            "Sterile filling", "Quality control microbiology" },
          { { "Agilent", "1260 Infinity II", "HPLC system" }, { "Waters", "Alliance e2695", "HPLC system" },
            { "Waters", "ACQUITY UPLC H-Class", "UPLC system" }, { "Shimadzu", "Nexera LC-40", "HPLC system" },
            { "Fette Compacting", "F10i", "tablet press" }, { "Syntegon", "MLF 5088", "sterile filling line" },
            { "Thermo Fisher Scientific", "Q Exactive", "mass spectrometer" } } },
        { "TRANS", "Civil Engineer", "Transport Research", "Railways", 4,
          { "Railway signalling", "Bridge inspection", "Pavement engineering", "Tunnel ventilation",
            "Track maintenance" },
          { { "Siemens Mobility", "Trainguard MT", "CBTC signalling" }, { "Alstom", "Atlas 200", "ETCS signalling" },
            { "Plasser & Theurer", "09-3X", "tamping machine" }, { "Wirtgen", "W 210 Fi", "cold milling machine" },
            { "Vögele", "Super 1900-3i", "paver" }, { "Herrenknecht", "EPB Shield S-1110", "tunnel boring machine" } } },
        { "HVAC", "HVAC Engineer", "Building Services", "Cooling", 4,
          { "Chiller maintenance", "Building management systems", "Refrigeration", "Cleanroom HVAC",
            "Energy auditing" },
          { { "Carrier", "AquaEdge 19DV", "centrifugal chiller" }, { "Trane", "CenTraVac CVHF", "centrifugal chiller" },
            { "Daikin", "VRV IV", "VRF system" }, { "York", "YZ", "magnetic-bearing chiller" },
            { "Johnson Controls", "Metasys", "building management system" }, { "Siemens", "Desigo CC", "building management system" } } },
        { "TEL", "Telecommunications Engineer", "Telecommunications", "Telecom", 6,
          { "Radio access network (4G/5G)", "Fibre optic splicing", "Microwave links", "Core network",
            "Satellite ground stations" },
          { { "Ericsson", "AIR 6449", "5G radio unit" }, { "Nokia", "AirScale", "base station" },
            { "Huawei", "OptiX OSN 9800", "optical transport platform" }, { "Fujikura", "70S+", "fusion splicer" },
            { "EXFO", "FTB-4 Pro", "OTDR" }, { "Cambium Networks", "PTP 820", "microwave link" } } },
    };
    return list;
}

const std::vector<const char *> &institutionTypes()
{
    static const std::vector<const char *> list = { "university", "research_institute", "hospital", "company", "lab" };
    return list;
}

const std::vector<const char *> &institutionTemplates(int type)
{
    static const std::vector<std::vector<const char *>> list = {
        { "University of %1", "%1 Technical University", "%1 University of Science and Technology",
          "National University of %2", "%1 Polytechnic Institute" },
        { "National Institute of %3, %2", "%2 Centre for %3 Research", "%1 Research Institute of %3" },
        { "%1 Teaching Hospital", "%1 University Hospital", "%1 Specialist Hospital", "National Heart Institute, %1",
          "%1 General Hospital" },
        { "%2 %4 Company", "%1 %4 Corporation", "National %4 Company of %2", "%1 %4 Group" },
        { "%2 Central Laboratory for %3", "%1 Testing and Calibration Laboratory", "%3 Reference Laboratory, %1" },
    };
    return list.at(type);
}

const std::vector<const char *> &focalPositions()
{
    static const std::vector<const char *> list = {
        "Director of Engineering", "Head of Maintenance", "International Cooperation Officer",
        "Dean of Engineering", "Head of Biomedical Engineering", "Technical Manager", "Training Coordinator",
        "Vice-Rector for Research" };
    return list;
}

const std::vector<const char *> &seniority()
{
    static const std::vector<const char *> list = { "%1", "Senior %1", "Lead %1", "Chief %1", "Principal %1" };
    return list;
}

const std::vector<const char *> &academicPositions()
{
    static const std::vector<const char *> list = { "Lecturer", "Assistant Professor", "Associate Professor",
                                                    "Professor", "Research Scientist", "Laboratory Manager",
                                                    "Head of Department", "Senior Technician" };
    return list;
}

const std::vector<const char *> &unavailabilityReasons()
{
    static const std::vector<const char *> list = { "Annual leave", "Teaching semester", "Conference",
                                                    "Medical leave", "Hajj", "Project deadline",
                                                    "Family commitments", "Plant shutdown" };
    return list;
}

const std::vector<const char *> &cancelReasons()
{
    static const std::vector<const char *> list = {
        "Visa not issued in time", "Host institution postponed the equipment delivery",
        "Expert unavailable for health reasons", "Security situation at the host location",
        "Equipment repaired by the manufacturer under warranty", "Host could not confirm accommodation",
        "Flight cancellations", "Host institution withdrew the request" };
    return list;
}

const std::vector<const char *> &postponeNotes()
{
    static const std::vector<const char *> list = { "Spare parts not yet delivered",
                                                    "Host asked to move the mission after the exam period",
                                                    "Awaiting visa appointment" };
    return list;
}

const std::vector<const char *> &evaluationComments(int rating)
{
    static const std::vector<std::vector<const char *>> list = {
        { "The mission did not meet its objectives.", "Expert arrived without the agreed tools." },
        { "Only part of the equipment was restored.", "Training was too short for the trainees' level." },
        { "Adequate work; follow-up needed on spare parts.", "Good intentions, but language was a barrier." },
        { "Very useful training; staff now run routine maintenance.", "Equipment back in service, clear report.",
          "Well prepared and patient with the trainees." },
        { "Excellent mission: equipment restored and staff fully trained.",
          "Outstanding expertise; we would welcome the expert again.",
          "The best mission we have hosted; documentation left for the team." },
    };
    return list.at(qBound(1, rating, 5) - 1);
}

const std::vector<const char *> &serviceTypes()
{
    static const std::vector<const char *> list = { "training", "maintenance", "troubleshooting", "installation",
                                                    "calibration" };
    return list;
}

const std::vector<const char *> &needTitleTemplates(int service)
{
    static const std::vector<std::vector<const char *>> list = {
        { "Operator and maintenance training on the %1 %2 %3", "Workshop on %4 for engineering staff",
          "Hands-on training in %4" },
        { "Preventive maintenance of the %1 %2 %3", "Maintenance programme for our %1 %3 fleet" },
        { "Fault diagnosis and repair of the %1 %2 %3", "Recurring failures on the %1 %2 %3" },
        { "Installation and commissioning of a %1 %2 %3", "Commissioning support for a new %3 (%1 %2)" },
        { "Calibration and verification of the %1 %2 %3", "Calibration procedures for %3 equipment" },
    };
    return list.at(service);
}

} // namespace ed::demo

package dk.sandkassen.scenario.internal;

import dk.sandkassen.access.Area;
import dk.sandkassen.access.Grant;
import dk.sandkassen.identity.Persona;
import dk.sandkassen.identity.Role;
import dk.sandkassen.post.Deliveries;
import dk.sandkassen.safety.AfterMistake;
import dk.sandkassen.safety.MessageCatalogue;
import dk.sandkassen.safety.MessageTemplate;
import dk.sandkassen.scenario.Check;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.Level;
import dk.sandkassen.scenario.ScenarioProblem;
import dk.sandkassen.scenario.Setup;
import dk.sandkassen.scenario.Step;
import dk.sandkassen.scenario.Text;
import dk.sandkassen.scenario.Topic;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a schema-valid scenario file into an {@link Exercise}, checking what a schema cannot:
 * that every letter a check names exists, that the relatives named are the persona's, that
 * setup letters go to folders that exist, that step ids are unique, that every message a check
 * names is in setup or the message catalogue (and has as many red flags as asked for), and that
 * {@code linkNotOpened} — true from the start — is never a step's only check.
 */
final class ExerciseReader {

    private final YamlDocument document;
    private final Set<String> templates;
    private final MessageCatalogue messages;
    private final List<ScenarioProblem> problems = new ArrayList<>();
    private Persona persona = Persona.ADULT;
    private final Set<String> letterNames = new java.util.HashSet<>();
    /** The names of setup.messages, and the template each stands for. */
    private final Map<String, String> messageNames = new LinkedHashMap<>();

    private ExerciseReader(YamlDocument document, Set<String> templates, MessageCatalogue messages) {
        this.document = document;
        this.templates = templates;
        this.messages = messages;
    }

    record Read(@Nullable Exercise exercise, List<ScenarioProblem> problems) {
    }

    static Read read(YamlDocument document, Set<String> templates, MessageCatalogue messages) {
        ExerciseReader reader = new ExerciseReader(document, templates, messages);
        Exercise exercise = reader.exercise(document.tree());
        return new Read(reader.problems.isEmpty() ? exercise : null, List.copyOf(reader.problems));
    }

    private Exercise exercise(JsonNode root) {
        persona = Persona.fromId(root.path("persona").asString()).orElseThrow();
        Setup setup = setup(root.path("setup"));
        List<Step> steps = new ArrayList<>();
        Set<String> stepIds = new java.util.HashSet<>();
        JsonNode stepNodes = root.path("steps");
        for (int i = 0; i < stepNodes.size(); i++) {
            JsonNode step = stepNodes.get(i);
            String at = "/steps/" + i;
            if (!stepIds.add(step.path("id").asString())) {
                problems.add(document.problem(at + "/id", "scenario.problem.duplicate-step", step.path("id").asString()));
            }
            Check check = check(step.path("check"), at + "/check");
            if (check instanceof Check.LinkNotOpened) {
                problems.add(document.problem(at + "/check/linkNotOpened", "scenario.problem.only-negative", "linkNotOpened"));
            }
            steps.add(new Step(step.path("id").asString(), text(step.path("text")),
                    step.has("hint") ? text(step.path("hint")) : null, check));
        }
        JsonNode seed = root.path("seed");
        return new Exercise(root.path("id").asString(), text(root.path("title")),
                root.has("summary") ? text(root.path("summary")) : null,
                Topic.fromId(root.path("topic").asString()).orElseThrow(),
                Level.fromId(root.path("level").asString()).orElseThrow(),
                root.path("minutes").asInt(), persona, seed.isNumber() ? seed.asLong() : null,
                root.path("login").asString("any"), root.has("next") ? root.path("next").asString() : null,
                root.path("letterHelp").asBoolean(true), setup, steps, document.file());
    }

    private Setup setup(JsonNode node) {
        if (node.isMissingNode()) {
            return Setup.NONE;
        }
        List<String> folders = new ArrayList<>();
        node.path("folders").forEach(folder -> folders.add(folder.asString().strip()));
        List<Setup.SetupLetter> letters = new ArrayList<>();
        JsonNode letterNodes = node.path("letters");
        for (int i = 0; i < letterNodes.size(); i++) {
            letters.add(letter(letterNodes.get(i), "/setup/letters/" + i, folders));
        }
        List<Setup.Request> requests = new ArrayList<>();
        JsonNode requestNodes = node.path("requests");
        for (int i = 0; i < requestNodes.size(); i++) {
            String at = "/setup/requests/" + i;
            JsonNode request = requestNodes.get(i);
            if (request.has("fuldmagt-request")) {
                JsonNode body = request.path("fuldmagt-request");
                requests.add(new Setup.FuldmagtRequest(relative(body.path("from"), at + "/fuldmagt-request/from"),
                        areas(body.path("areas"))));
            } else if (request.has("fuldmagt-given")) {
                JsonNode body = request.path("fuldmagt-given");
                requests.add(new Setup.FuldmagtReceived(relative(body.path("from"), at + "/fuldmagt-given/from"),
                        areas(body.path("areas"))));
            } else {
                JsonNode body = request.path("access-request");
                requests.add(new Setup.AccessRequest(relative(body.path("from"), at + "/access-request/from"),
                        Grant.Rights.fromId(body.path("rights").asString("read")).orElse(Grant.Rights.READ)));
            }
        }
        List<Setup.SetupMessage> setupMessages = new ArrayList<>();
        JsonNode messageNodes = node.path("messages");
        for (int i = 0; i < messageNodes.size(); i++) {
            setupMessages.add(message(messageNodes.get(i), "/setup/messages/" + i));
        }
        return new Setup(node.path("loggedIn").asBoolean(false), folders, letters, requests,
                node.path("suspiciousRequest").asBoolean(false), setupMessages, node.path("round").path("count").asInt(0),
                node.path("pressureCall").asBoolean(false));
    }

    private Setup.SetupMessage message(JsonNode node, String at) {
        String template = node.path("template").asString();
        if (messages.find(template).isEmpty()) {
            problems.add(SchemaCheck.withNearMiss(document, at + "/template", "scenario.problem.unknown-message-template",
                    template, messages.ids(), template));
        }
        Setup.SetupMessage message = new Setup.SetupMessage(node.has("ref") ? node.path("ref").asString() : null, template);
        if (messageNames.put(message.name(), template) != null) {
            problems.add(document.problem(at, "scenario.problem.duplicate-message", message.name()));
        }
        return message;
    }

    private Setup.SetupLetter letter(JsonNode node, String at, List<String> folders) {
        String template = node.has("template") ? node.path("template").asString() : null;
        if (template != null && !templates.contains(template)) {
            problems.add(SchemaCheck.withNearMiss(document, at + "/template", "scenario.problem.unknown-template",
                    template, templates, template));
        }
        String folder = node.has("folder") ? node.path("folder").asString().strip() : null;
        if (folder != null && folder.equalsIgnoreCase("Indbakke")) {
            folder = null;
        }
        if (folder != null && folders.stream().noneMatch(folder::equalsIgnoreCase)) {
            problems.add(document.problem(at + "/folder", "scenario.problem.unknown-folder", folder));
        }
        for (String field : List.of("from", "subject", "body")) {
            placeholders(node.path(field).asString(""), at + "/" + field);
        }
        Setup.SetupLetter letter = new Setup.SetupLetter(node.has("ref") ? node.path("ref").asString() : null, template,
                node.has("from") ? node.path("from").asString() : null,
                node.has("subject") ? node.path("subject").asString() : null,
                node.has("body") ? node.path("body").asString() : null, folder, node.path("unread").asBoolean(true),
                node.path("replyAllowed").asBoolean(false), node.has("attachment") ? node.path("attachment").asString() : null,
                node.path("daysAgo").asInt(0));
        if (!letter.name().isEmpty() && !letterNames.add(letter.name())) {
            problems.add(document.problem(at, "scenario.problem.duplicate-letter", letter.name()));
        }
        return letter;
    }

    /** {navn}, {idag}, {dato+14} …: every placeholder must be one the app can fill. */
    private void placeholders(String text, String at) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!Deliveries.PLACEHOLDERS.contains(name) || m.group(2) != null && !name.equals("dato")) {
                problems.add(SchemaCheck.withNearMiss(document, at, "scenario.problem.unknown-placeholder", name,
                        Deliveries.PLACEHOLDERS, m.group(), String.join(", ", new java.util.TreeSet<>(Deliveries.PLACEHOLDERS))));
            }
        }
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(
            "\\{([a-zæøå-]+)(?:([+-])(\\d{1,4}))?}", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private Check check(JsonNode node, String at) {
        Map.Entry<String, JsonNode> only = node.properties().iterator().next();
        String name = only.getKey();
        JsonNode value = only.getValue();
        String here = at + "/" + name;
        return switch (name) {
            case "loggedIn" -> new Check.LoggedIn(value.asString());
            case "loggedOut" -> new Check.LoggedOut();
            case "letterOpened" -> new Check.LetterOpened(letterRef(value, here));
            case "attachmentOpened" -> new Check.AttachmentOpened(letterRef(value, here));
            case "letterUnread" -> new Check.LetterUnread(letterRef(value, here));
            case "letterDeleted" -> new Check.LetterDeleted(letterRef(value, here));
            case "replySent" -> new Check.ReplySent(letterRef(value, here));
            case "folderExists" -> new Check.FolderExists(argument(value, "name").strip());
            case "folderMissing" -> new Check.FolderMissing(argument(value, "name").strip());
            case "letterInFolder" -> new Check.LetterInFolder(letterRef(value.path("letter"), here + "/letter"),
                    value.path("folder").asString().strip());
            case "searched" -> new Check.Searched(argument(value, "text").strip());
            case "messageSent" -> new Check.MessageSent(value.path("to").asString().strip(),
                    value.has("withAttachment") ? value.path("withAttachment").asBoolean() : null);
            case "accessGranted" -> new Check.AccessGranted(relative(value.path("to"), here + "/to"),
                    value.has("rights") ? Grant.Rights.fromId(value.path("rights").asString()).orElseThrow() : null);
            case "accessRequested" -> new Check.AccessRequested(relative(value.path("from"), here + "/from"));
            case "accessOffered" -> new Check.AccessOffered(relative(value.path("to"), here + "/to"));
            case "accessRevoked" -> new Check.AccessRevoked(relative(value.path("to"), here + "/to"));
            case "fuldmagtGiven" -> new Check.FuldmagtGiven(relative(value.path("to"), here + "/to"), areas(value.path("areas")));
            case "fuldmagtRequestAnswered" -> new Check.FuldmagtRequestAnswered(relative(value.path("from"), here + "/from"),
                    value.has("answer") ? value.path("answer").asString().equals("approved") : null);
            case "fuldmagtRevoked" -> new Check.FuldmagtRevoked(relative(value.path("to"), here + "/to"));
            case "actingFor" -> new Check.ActingFor(person(value.isObject() ? value.path("person") : value,
                    value.isObject() ? here + "/person" : here));
            case "notification" -> new Check.Notification(value.path("channel").asString(), value.path("enabled").asBoolean());
            case "nemSmsSignedUp" -> new Check.NemSmsSignedUp();
            case "exemptionApplied" -> new Check.ExemptionApplied();
            case "suspiciousRequestRejected" -> new Check.SuspiciousRequestRejected();
            case "doctorChanged" -> new Check.DoctorChanged(onBehalfOf(value, here));
            case "moveReported" -> new Check.MoveReported(onBehalfOf(value, here), roles(value.path("with"), here + "/with"));
            case "taxAssessmentChanged" -> new Check.TaxAssessmentChanged(onBehalfOf(value, here),
                    value.has("figure") ? value.path("figure").asString() : null);
            case "prescriptionRenewed" -> new Check.PrescriptionRenewed(onBehalfOf(value, here));
            case "messageReported" -> new Check.MessageReported(messageRef(value, here).id());
            case "messageTrusted" -> new Check.MessageTrusted(messageRef(value, here).id());
            case "linkNotOpened" -> new Check.LinkNotOpened(messageRef(value, here).id());
            case "fakeLoginAvoided" -> new Check.FakeLoginAvoided(messageRef(value, here).id());
            case "redFlagsFound" -> redFlagsFound(value, here);
            case "callHungUp" -> new Check.CallHungUp();
            case "afterMistake" -> new Check.AfterMistake(AfterMistake.fromId(argument(value, "action")).orElseThrow().id());
            case "messagesJudged" -> new Check.MessagesJudged(value.path("correct").asInt(0));
            case "allOf" -> new Check.AllOf(checks(value, here));
            case "anyOf" -> new Check.AnyOf(checks(value, here));
            default -> {
                problems.add(document.problem(here, "scenario.problem.not-available", name));
                yield new Check.LoggedOut();
            }
        };
    }

    private List<Check> checks(JsonNode list, String at) {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            checks.add(check(list.get(i), at + "/" + i));
        }
        return checks;
    }

    /** A letter named by a check: from setup.letters (read before the steps) or the catalogue. */
    private String letterRef(JsonNode value, String at) {
        boolean wrapped = value.isObject();
        String name = wrapped ? value.path("letter").asString() : value.asString();
        if (!letterNames.contains(name) && !templates.contains(name)) {
            Set<String> known = new java.util.TreeSet<>(letterNames);
            known.addAll(templates);
            problems.add(SchemaCheck.withNearMiss(document, wrapped ? at + "/letter" : at, "scenario.problem.unknown-letter",
                    name, known, name));
        }
        return name;
    }

    /** A message a check names, and its template if known: a setup.messages name or a catalogue id. */
    private record MessageRef(String id, @Nullable MessageTemplate template) {
    }

    private MessageRef messageRef(JsonNode value, String at) {
        boolean wrapped = value.isObject();
        String name = wrapped ? value.path("message").asString() : value.asString();
        String template = messageNames.getOrDefault(name, name);
        MessageTemplate found = messages.find(template).orElse(null);
        // A setup message with an unknown template has its own problem, at the template.
        if (found == null && !messageNames.containsKey(name)) {
            Set<String> known = new java.util.TreeSet<>(messageNames.keySet());
            known.addAll(messages.ids());
            problems.add(SchemaCheck.withNearMiss(document, wrapped ? at + "/message" : at, "scenario.problem.unknown-message",
                    name, known, name));
        }
        return new MessageRef(name, found);
    }

    private Check redFlagsFound(JsonNode value, String at) {
        MessageRef ref = messageRef(value, at);
        Integer atLeast = value.has("atLeast") ? value.path("atLeast").asInt() : null;
        if (ref.template() != null) {
            int flags = ref.template().flags().size();
            if (flags == 0) {
                problems.add(document.problem(at, "scenario.problem.no-red-flags", ref.id()));
            } else if (atLeast != null && atLeast > flags) {
                problems.add(document.problem(at + "/atLeast", "scenario.problem.too-many-flags", ref.id(),
                        String.valueOf(atLeast), String.valueOf(flags)));
            }
        }
        return new Check.RedFlagsFound(ref.id(), atLeast);
    }

    private Role relative(JsonNode value, String at) {
        Role role = Role.fromId(value.asString()).orElseThrow();
        if (!persona.relatives().contains(role)) {
            problems.add(document.problem(at, "scenario.problem.role-lacking", role.id(), persona.id(),
                    String.join(", ", persona.relatives().stream().map(Role::id).toList())));
        }
        return role;
    }

    private Role person(JsonNode value, String at) {
        return value.asString().equals(Role.SELF.id()) ? Role.SELF : relative(value, at);
    }

    /** A self-service check's {@code onBehalfOf}: absent (or {@code true}) is the citizen's own matter. */
    private @Nullable Role onBehalfOf(JsonNode value, String at) {
        return value.has("onBehalfOf") ? person(value.path("onBehalfOf"), at + "/onBehalfOf") : null;
    }

    private Set<Role> roles(JsonNode list, String at) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < list.size(); i++) {
            roles.add(person(list.get(i), at + "/" + i));
        }
        return roles;
    }

    private static Set<Area> areas(JsonNode list) {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        list.forEach(area -> Area.fromId(area.asString()).ifPresent(areas::add));
        return areas;
    }

    private static String argument(JsonNode value, String key) {
        return value.isObject() ? value.path(key).asString() : value.asString();
    }

    static Text text(JsonNode node) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        node.properties().forEach(entry -> byLanguage.put(entry.getKey(), entry.getValue().asString().strip()));
        return new Text(byLanguage);
    }
}

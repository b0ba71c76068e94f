package org.agendum.json.internal.read;

import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.INVARIANT;
import static org.agendum.core.format.EventFormatException.Kind.MISSING_FIELD;
import static org.agendum.core.format.EventFormatException.Kind.UNKNOWN_FIELD;
import static org.agendum.core.format.EventFormatException.Kind.WRONG_TYPE;
import static tools.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static tools.jackson.core.JsonToken.VALUE_STRING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Registration;
import org.agendum.json.internal.EnumNames;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** How to register, and deadlines: the registration's own and the event's others. */
final class RegistrationFields {

    private static final EnumNames.Lookup<Deadline.Kind> DEADLINE_KINDS = EnumNames.Lookup.of(Deadline.Kind.class);

    private RegistrationFields() {}

    /** A deadline's fields as read, checked together once all are read. */
    private static final class DeadlineDraft {
        String kind;
        String dateTime;
        String date;
        String zone;
        String subject;
        String wording;
        String block;
    }

    static final Fields<DeadlineDraft, Deadline> DEADLINE =
            Fields.of("deadline", DeadlineDraft::new, RegistrationFields::deadline)
                    .required("kind", (in, d) -> d.kind = in.text())
                    .optional("dateTime", (in, d) -> d.dateTime = in.text())
                    .optional("date", (in, d) -> d.date = in.text())
                    .required("zone", (in, d) -> d.zone = in.text())
                    .optional("subject", (in, d) -> d.subject = in.text())
                    .optional("wording", (in, d) -> d.wording = in.text())
                    .optional("block", (in, d) -> d.block = in.text())
                    .build();

    static final Fields<Registration.Builder, Registration> REGISTRATION =
            Fields.of("registration", Registration::builder, Registration.Builder::build)
                    .optional("required", (in, r) -> r.required(in.bool()))
                    .optional("url", (in, r) -> r.url(in.uri()))
                    .optional("capacity", (in, r) -> r.capacity(capacity(in)))
                    .optional("deadline", (in, r) -> r.deadline(DEADLINE.read(in)))
                    .optional("notes", (in, r) -> r.notes(in.text()))
                    .build();

    /** A capacity, the current value: a number of seats, or {@code "limited"}. */
    private static Capacity capacity(JsonInput in) {
        JsonParser parser = in.in;
        JsonToken token = parser.currentToken();
        if (token == VALUE_STRING && in.text().equals("limited")) {
            return Capacity.limited();
        }
        if (token == VALUE_NUMBER_INT) {
            JsonParser.NumberType type = parser.getNumberType();
            long seats = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG ? parser.getLongValue()
                    : parser.getBigIntegerValue().bitLength() < 32 ? parser.getBigIntegerValue().longValue()
                    : Long.MIN_VALUE;
            if (seats >= Integer.MIN_VALUE && seats <= Integer.MAX_VALUE) {
                try {
                    return Capacity.ofSeats((int) seats);
                } catch (InvariantViolationException e) {
                    // The seats are the number itself here, not a "seats" member.
                    throw new ReadProblem(INVARIANT, in.path.pointer(), e.getMessage(), e);
                }
            }
        }
        // A string or a number that is not a capacity is a wrong value; anything else, a wrong type.
        Kind kind = token == VALUE_STRING || token.isNumeric() ? INVALID_VALUE : WRONG_TYPE;
        throw in.problem(kind, "capacity must be a number of seats or \"limited\", not " + in.describe());
    }

    /** Checks a deadline's fields together, in a fixed order whatever the document's. */
    private static Deadline deadline(JsonInput in, DeadlineDraft d) {
        Deadline.Kind kind = in.at("kind", d.kind, text -> in.enumValue(DEADLINE_KINDS, text));
        ZoneId zone = in.at("zone", d.zone, in::zone);
        Deadline deadline;
        if (kind == Deadline.Kind.AT) {
            if (d.date != null) {
                throw in.fieldProblem(UNKNOWN_FIELD, "date", "a deadline of kind \"at\" has a dateTime, not a date");
            }
            if (d.dateTime == null) {
                throw in.problem(MISSING_FIELD, "missing required field 'dateTime'");
            }
            LocalDateTime dateTime = in.at("dateTime", d.dateTime,
                    text -> in.dateTime(text, "a local date-time such as 2021-06-08T23:59"));
            deadline = Deadline.at(dateTime, zone);
        } else {
            if (d.dateTime != null) {
                throw in.fieldProblem(UNKNOWN_FIELD, "dateTime", "a deadline of kind \"" + d.kind
                        + "\" has a date, not a dateTime");
            }
            if (d.date == null) {
                throw in.problem(MISSING_FIELD, "missing required field 'date'");
            }
            LocalDate date = in.at("date", d.date, text -> in.date(text, "a date such as 2021-06-09"));
            deadline = kind == Deadline.Kind.BEFORE ? Deadline.before(date, zone) : Deadline.until(date, zone);
        }
        if (d.subject == null && d.wording == null && d.block == null) {
            return deadline;
        }
        return deadline.withSubject(Optional.ofNullable(d.subject)).withWording(Optional.ofNullable(d.wording))
                .withBlockId(Optional.ofNullable(d.block));
    }
}

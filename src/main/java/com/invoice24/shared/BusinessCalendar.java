package com.invoice24.shared;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * US business days: Monday to Friday except the eleven US federal holidays on their observed dates
 * (from jollyday: July 4 on a Saturday is observed Friday July 3, on a Sunday Monday July 5).
 */
@Component
public class BusinessCalendar {

    private final HolidayManager federal =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_STATES));
    private final Map<Integer, Set<LocalDate>> observedByYear = new ConcurrentHashMap<>();

    public boolean isBusinessDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isFederalHoliday(date);
    }

    public boolean isFederalHoliday(LocalDate date) {
        return observedIn(date.getYear()).contains(date);
    }

    /** The date itself when it is a business day, else the next one. */
    public LocalDate onOrNextBusinessDay(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public LocalDate plusBusinessDays(LocalDate date, int businessDays) {
        LocalDate day = date;
        for (int counted = 0; counted < businessDays; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** A holiday's observed date can fall in the year before (New Year's Day on a Saturday). */
    private Set<LocalDate> observedIn(int year) {
        return observedByYear.computeIfAbsent(year, y -> Stream.concat(
                        Stream.of(y - 1, y, y + 1)
                                .flatMap(holidayYear -> federal.getHolidays(Year.of(holidayYear),
                                        HolidayType.PUBLIC_HOLIDAY).stream())
                                .map(Holiday::getDate),
                        Stream.of(columbusDay(y)))
                .filter(observed -> observed.getYear() == y)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * jollyday files Columbus Day under the states that keep it, but it is one of the eleven federal
     * holidays (5 U.S.C. 6103): banks close and ACH and wires do not settle. Always a Monday.
     */
    private static LocalDate columbusDay(int year) {
        return LocalDate.of(year, Month.OCTOBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
    }
}

package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankImportParsersTests {

    private static final BankImportMapping CREDIT_DEBIT_WITHOUT_HEADER = new BankImportMapping(null, "Wells Fargo",
            "1", null, "3", "2", "4", "5", "yyyy-MM-dd", false, null);

    @Test
    void csvWithSeparateCreditAndDebitColumnsKeepsOnlyTheCredits() {
        String csv = """
                2026-03-20,,"1,000.00",ACH CREDIT GLOBEX,REF1
                2026-03-21,312.40,,ADP PAYROLL,REF2

                2026-03-22,,250.00,"WIRE FROM INITECH, LLC",
                """;

        List<StatementParser.Credit> credits = new CsvStatementParser(CREDIT_DEBIT_WITHOUT_HEADER).parse(csv);

        assertThat(credits).containsExactly(
                new StatementParser.Credit(1, LocalDate.of(2026, 3, 20), Money.usd("1000.00"), "ACH CREDIT GLOBEX", "REF1"),
                new StatementParser.Credit(4, LocalDate.of(2026, 3, 22), Money.usd("250.00"), "WIRE FROM INITECH, LLC",
                        null));
    }

    @Test
    void csvWithASignedAmountColumnByHeaderNameSkipsDebits() {
        String csv = """
                Date,Description,Amount
                3/20/2026,Deposit,$2500.00
                3/21/2026,Fee,(25.00)
                3/22/2026,Refund,-10
                """;

        List<StatementParser.Credit> credits = new CsvStatementParser(new BankImportMapping(null, "Std", "date",
                "amount", null, null, "description", null, "M/d/yyyy", true, null)).parse(csv);

        assertThat(credits).extracting(StatementParser.Credit::amount).containsExactly(Money.usd("2500.00"));
    }

    @Test
    void csvWithABadDateIsRefusedNamingTheLine() {
        String csv = "2026-03-20,,100.00,ok,\n20/03/2026,,100.00,bad date,\n";

        assertThatThrownBy(() -> new CsvStatementParser(CREDIT_DEBIT_WITHOUT_HEADER).parse(csv))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("line 2",
                                "the date \"20/03/2026\" does not read as yyyy-MM-dd")));
    }

    @Test
    void bai2CreditsAreTypeCodes100To399InCentsWithTheTextOf88ContinuationsAndTheGroupDate() {
        String bai = """
                01,021000021,INVOICE24,260325,0600,1,,,2/
                02,INVOICE24,021000021,1,260320,,USD,2/
                03,000123456789,USD,010,5481105,,/
                16,165,100000,0,ACH0320001,CUST-77,ACH CREDIT GLOBEX
                88,CORPORATION PMT INV-2026-0001
                16,475,31240,0,CHK0321001,,ADP PAYROLL FEES
                16,195,150000,V,260323,1200,FW0323001,,FEDWIRE CREDIT
                88,B/O UMBRELLA HEALTH
                16,208,2500,S,100,200,300,BR9,,/
                49,5481105,9/
                98,5481105,1,11/
                99,5481105,1,13/
                """;

        List<StatementParser.Credit> credits = new Bai2StatementParser().parse(bai);

        assertThat(credits).containsExactly(
                new StatementParser.Credit(4, LocalDate.of(2026, 3, 20), Money.usd("1000.00"),
                        "ACH CREDIT GLOBEX CORPORATION PMT INV-2026-0001", "CUST-77"),
                new StatementParser.Credit(7, LocalDate.of(2026, 3, 20), Money.usd("1500.00"),
                        "FEDWIRE CREDIT B/O UMBRELLA HEALTH", "FW0323001"),
                new StatementParser.Credit(9, LocalDate.of(2026, 3, 20), Money.usd("25.00"), "", "BR9"));
    }

    @Test
    void bai2AmountThatIsNotCentsIsRefusedNamingTheLine() {
        String bai = "01,1,2,260325,0600,1,,,2/\n02,A,B,1,260320,,USD,2/\n16,165,12.50,0,R1,,TEXT\n";

        assertThatThrownBy(() -> new Bai2StatementParser().parse(bai))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused ->
                        assertThat(refused.problems().get(0).field()).isEqualTo("line 3"));
    }

    @Test
    void ofxCreditsComeWithTheirFitidAndTheLineTheyStartOn() {
        String ofx = """
                OFXHEADER:100
                DATA:OFXSGML
                VERSION:102
                SECURITY:NONE
                ENCODING:USASCII
                CHARSET:1252
                COMPRESSION:NONE
                OLDFILEUID:NONE
                NEWFILEUID:NONE

                <OFX>
                <BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
                <STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>2<ACCTTYPE>CHECKING</BANKACCTFROM>
                <BANKTRANLIST><DTSTART>20260301<DTEND>20260331
                <STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260320120000<TRNAMT>1000.00<FITID>A1<NAME>GLOBEX<MEMO>INV-1</STMTTRN>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260321120000<TRNAMT>-5.00<FITID>A2<NAME>FEE</STMTTRN>
                </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1>
                </OFX>
                """;

        assertThat(new OfxStatementParser().parse(ofx)).containsExactly(new StatementParser.Credit(15,
                LocalDate.of(2026, 3, 20), Money.usd("1000.00"), "GLOBEX INV-1", "A1"));
    }

    @Test
    void formatIsDetectedFromTheContent() {
        assertThat(StatementFormat.detect("OFXHEADER:100\n")).isEqualTo(StatementFormat.OFX);
        assertThat(StatementFormat.detect("<?xml version=\"1.0\"?><?OFX OFXHEADER=\"200\"?><OFX>"))
                .isEqualTo(StatementFormat.OFX);
        assertThat(StatementFormat.detect("01,021000021,X,260325,0600,1,,,2/")).isEqualTo(StatementFormat.BAI2);
        assertThat(StatementFormat.detect("Date,Amount\n")).isEqualTo(StatementFormat.CSV);
    }
}

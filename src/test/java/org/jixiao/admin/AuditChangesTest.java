package org.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.admin.AuditChanges.Change;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditChangesTest {

    /** before | after | the changes as field:before>after, joined by ';' (JSON text of each value) */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            {"id":1,"displayName":"钱审核（财政局）","orgId":1,"orgName":"示范市财政局","version":0} | {"id":1,"displayName":"钱审核（绩效科）","orgId":13,"orgName":"绩效科","version":1} | displayName:"钱审核（财政局）">"钱审核（绩效科）";orgName:"示范市财政局">"绩效科"
            {"kind":"DEPARTMENT","parentId":1,"code":null,"active":true,"version":0} | {"kind":"DEPARTMENT","parentId":1,"code":"480","active":true,"version":1} | code:null>"480"
            NULL | {"id":7,"username":"x1","roles":["STAFF"],"active":true,"version":0} | username:null>"x1";roles:null>["STAFF"];active:null>true
            {"active":true,"mustChangePassword":false} | {"active":false,"mustChangePassword":false} | active:true>false
            {"roles":["STAFF"]} | {"roles":["STAFF","UNIT_LEADER"]} | roles:["STAFF"]>["STAFF","UNIT_LEADER"]
            {"parentId":1,"inChargeDeskId":null} | {"parentId":2,"inChargeDeskId":12} | parentId:1>2;inChargeDeskId:null>12
            {"name":"a"} | {"name":"a"} | ''
            {"name":"a"} | {} | name:"a">null
            {"version":0} | {"version":1} | ''
            """)
    void listsTheFieldsThatChanged(String before, String after, String expected) {
        List<Change> changes = AuditChanges.between(before, after).orElseThrow();
        String text = String.join(";", changes.stream()
                .map(c -> c.field() + ":" + c.before() + ">" + c.after()).toList());
        assertThat(text).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"id":1,"displayName":"钱审核…
            [1,2]
            not json
            "text"
            """)
    void aSnapshotThatIsNotAnObjectIsShownAsStored(String cut) {
        assertThat(AuditChanges.between(cut, "{\"a\":1}")).isEmpty();
        assertThat(AuditChanges.between("{\"a\":1}", cut)).isEmpty();
    }
}

package com.cxcentric.vision.control;

import com.cxcentric.vision.entity.CompanyValue;
import com.cxcentric.vision.entity.VisionValueText;
import com.cxcentric.vision.entity.VisionVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The company values recognition names are the ones the current vision states: publishing a version
 * restates the values it names (in the default language, their stable code kept, so earlier
 * recognitions keep theirs), adds the new ones and retires those it no longer names.
 */
@ApplicationScoped
public class ValuesFollowTheVision {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public void follow(VisionVersion published) {
        Map<String, CompanyValue> existing = new HashMap<>();
        em.createQuery("SELECT v FROM CompanyValue v", CompanyValue.class)
                .getResultList()
                .forEach(v -> existing.put(v.getCode(), v));
        String language = VisionVersion.LANGUAGES.get(0);
        for (VisionValueText text : published.values(language)) {
            CompanyValue value = existing.remove(text.getCode());
            if (value == null) {
                em.persist(new CompanyValue(text.getCode(), text.getName(), text.getDescription(), text.getPosition()));
            } else {
                value.restate(text.getName(), text.getDescription(), text.getPosition());
            }
        }
        existing.values().forEach(CompanyValue::retire);
    }
}
